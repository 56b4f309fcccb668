import BundleModel

/// A pack's `openness:` block: how the license stands against the Open Source Definition and
/// Open Source AI, which MOF content types the Model Openness Tool counts it appropriate for,
/// and each term that keeps it from being open source.
///
/// ```yaml
/// openness:
///   osd: non-conformant
///   osiApproved: false
///   osaid: ineligible
///   assessedBy: OSI, "Meta's LLaMa license is still not Open Source" (2025-02-18)
///   clauses:
///     - {section: "§2", clause: "Licensees above 700 million monthly active users need Meta's licence.",
///        osd: [5], aiAct: user-scale}
/// ```
public struct LicenseOpenness: Codable, Sendable, Equatable {
    public var osd: OSDVerdict
    /// On the OSI's list of approved licenses (SPDX `isOsiApproved`).
    public var osiApproved: Bool
    public var osaid: OSAIDEligibility
    /// The MOF content types the MOT counts the license type-appropriate for (its
    /// `mof-licenses.json`); absent or empty when none.
    public var typeAppropriate: [MOFContentType]?
    /// A published assessment of the license (OSI, FSF), cited; absent when the verdict is
    /// clearance's reading of the clauses.
    public var assessedBy: String?
    /// What a person should know beside the verdict, in a sentence.
    public var note: String?
    /// The terms that keep it from being open source: required unless the license is open.
    public var clauses: [DisqualifyingClause]?

    public init(
        osd: OSDVerdict, osiApproved: Bool, osaid: OSAIDEligibility, typeAppropriate: [MOFContentType]? = nil,
        assessedBy: String? = nil, note: String? = nil, clauses: [DisqualifyingClause]? = nil
    ) {
        self.osd = osd
        self.osiApproved = osiApproved
        self.osaid = osaid
        self.typeAppropriate = typeAppropriate
        self.assessedBy = assessedBy
        self.note = note
        self.clauses = clauses
    }

    /// What is wrong with the block, or nil: the verdict, the OSAID eligibility and the clauses
    /// must agree, and every clause needs a section, words and OSD criteria between 1 and 10.
    public var problem: String? {
        let clauses = clauses ?? []
        if osiApproved, osd != .conformant { return Message.approvedNotConformant(osd) }
        if osd.isOpen, !clauses.isEmpty { return Message.openWithClauses(osd) }
        if [.nonConformant, .doubtful].contains(osd), clauses.isEmpty { return Message.noClauses(osd) }
        if osd == .nonConformant, osaid != .ineligible { return Message.eligibleButNonConformant(osaid) }
        if osd.isOpen, osaid == .ineligible { return Message.ineligibleButOpen(osd) }
        if let types = typeAppropriate, Set(types).count != types.count { return Message.repeatedType }
        if !osd.isOpen, !(typeAppropriate ?? []).isEmpty { return Message.typesButNotOpen }
        for clause in clauses {
            if clause.section.trimmingCharacters(in: " ").isEmpty || clause.clause.trimmingCharacters(in: " ").isEmpty {
                return Message.emptyClause
            }
            if clause.osd.isEmpty || clause.osd.contains(where: { !(1...10).contains($0) }) {
                return Message.criteria(clause.section)
            }
        }
        return nil
    }
}

// MARK: - Messages

extension LicenseOpenness {
    fileprivate enum Message {
        static func approvedNotConformant(_ osd: OSDVerdict) -> String {
            "openness: an OSI-approved license is osd: conformant, not \(osd.rawValue)"
        }

        static func openWithClauses(_ osd: OSDVerdict) -> String {
            "openness: a license that is osd: \(osd.rawValue) has no disqualifying clauses"
        }

        static func noClauses(_ osd: OSDVerdict) -> String {
            "openness: a license that is osd: \(osd.rawValue) names the clauses that make it so (clauses:)"
        }

        static func eligibleButNonConformant(_ osaid: OSAIDEligibility) -> String {
            "openness: a non-conformant license is osaid: ineligible, not \(osaid.rawValue)"
        }

        static func ineligibleButOpen(_ osd: OSDVerdict) -> String {
            "openness: a license that is osd: \(osd.rawValue) is not osaid: ineligible"
        }

        static var repeatedType: String { "openness: typeAppropriate names a content type twice" }

        static var typesButNotOpen: String { "openness: only an open license is typeAppropriate for MOF components" }

        static var emptyClause: String { "openness: every clause has a section and a clause" }

        static func criteria(_ section: String) -> String {
            "openness: the clause at \(section) names the OSD criteria it breaks, each 1 to 10 (osd: [5, 6])"
        }
    }
}
