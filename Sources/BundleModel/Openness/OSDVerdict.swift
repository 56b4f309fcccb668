/// How a license stands against the Open Source Definition (opensource.org/osd).
///
/// Open content and open data licenses (Creative Commons, CDLA, ODC, OpenMDW) are not software
/// licenses and not on the OSI's list, but they take none of the freedoms the OSD protects; they
/// count as open for a model's weights and documents, and a release under them may say "open
/// licence" but not "OSI-approved".
public enum OSDVerdict: String, Codable, Sendable, CaseIterable {
    /// On the OSI's list, or meeting all ten criteria.
    case conformant
    /// An open content license (Creative Commons without NC or ND): not a software license.
    case openContent = "open-content"
    /// An open data or model-materials license (CDLA, ODC, OpenMDW): not a software license.
    case openData = "open-data"
    /// Terms whose effect on an OSD criterion is a matter of interpretation.
    case doubtful
    /// Terms that break at least one OSD criterion.
    case nonConformant = "non-conformant"
    /// Nobody has judged the terms (a license without an assessment, or with an unread text).
    case unverified

    /// No OSD criterion is broken.
    public var isOpen: Bool { [.conformant, .openContent, .openData].contains(self) }

    /// Lower is more restrictive: a release's verdict is the lowest of its licenses'.
    public var openness: Int {
        switch self {
        case .nonConformant: 0
        case .doubtful: 1
        case .unverified: 2
        case .openContent, .openData: 3
        case .conformant: 4
        }
    }

    /// The verdict in words (`not OSD-conformant`).
    public var phrase: String {
        switch self {
        case .conformant: "OSD-conformant"
        case .openContent: "an open content licence (not a software licence, not OSI-approved)"
        case .openData: "an open data licence (not a software licence, not OSI-approved)"
        case .doubtful: "doubtful under the OSD"
        case .nonConformant: "not OSD-conformant"
        case .unverified: "not assessed against the OSD"
        }
    }
}

/// Whether terms can carry a component of Open Source AI (OSAID 1.0): code under OSI-approved
/// licenses, parameters and data under OSD-conformant terms.
public enum OSAIDEligibility: String, Codable, Sendable, CaseIterable {
    case eligible
    case ineligible
    case unclear
}

/// The kind of material a Model Openness Framework component is; each has its own
/// type-appropriate licenses (the Model Openness Tool's list).
public enum MOFContentType: String, Codable, Sendable, CaseIterable {
    case code
    case data
    case document
}
