import BundleModel

/// The properties a SARIF result for an `openness-claim` finding carries besides the common ones:
/// the claim as written, how the licenses judge it, the clause that decides it and what the
/// release may say instead, so that a code-scanning view needs no second report.
struct SARIFOpennessClaim: Encodable, Equatable {
    /// The sentence, heading or tag, as written.
    let claim: String
    let phrase: String
    /// `unsupported`, `supported`, `unverifiable`.
    let judgement: String
    /// The release's OSD verdict (`non-conformant`).
    let osd: String
    /// The licenses that set it.
    let limitedBy: [String]
    let accurateWording: String
    /// Licenses of candidate bases that leave the verdict undecided.
    let undecided: [String]?
    /// The disqualifying clause quoted by the finding, when there is one.
    let clause: Clause?

    struct Clause: Encodable, Equatable {
        let license: String
        let section: String
        let osdCriteria: [Int]
    }

    /// The properties of `finding`, or nil when it is not about an openness claim of `profile`.
    init?(_ finding: Finding, profile: OpennessProfile?) {
        guard finding.category == .opennessClaim, let profile, let place = finding.evidence.first,
            let claim = profile.claims.first(where: {
                $0.path == place.path && $0.line == place.line
                    && $0.text == place.excerpt
            })
        else { return nil }
        self.claim = claim.text
        phrase = claim.phrase
        judgement = claim.judgement.rawValue
        osd = profile.osd.verdict.rawValue
        limitedBy = profile.osd.limitedBy
        accurateWording = profile.osd.accurateWording
        undecided = profile.osd.undecided
        let deciding = profile.licenses.first { profile.osd.limitedBy.contains($0.id) && !$0.clauses.isEmpty }
        clause =
            claim.judgement == .unsupported
            ? deciding.flatMap { license in
                license.clauses.first.map { Clause(license: license.id, section: $0.section, osdCriteria: $0.osd) }
            }
            : nil
    }
}
