import BundleModel

/// The card's openness claims ("open source", "fully open", "完全开源", a tag `open-source`) are
/// supported by the licenses that bind the release: each claim on a lineage with a license that
/// breaks the Open Source Definition fails, quoting the claim and the disqualifying clause and
/// suggesting accurate wording; a claim clearance cannot judge is a question; a claim on a fully
/// open lineage passes with its evidence. Availability ("open weights", "openly available") and
/// comparisons ("outperforms open-source models") are not claims and raise nothing.
public struct OpennessClaimCheck: Check {
    static let kind = CheckKind.opennessClaim

    /// The check; it takes no parameters.
    public init() {}

    func evaluate(_ context: RuleContext) -> [Finding] {
        let licenses = ReleaseLicenses(lineage: context.lineage, policies: context.policies)
        let claims = context.claims.filter { $0.kind == .openSource }
        let release = licenses.releaseVerdict
        return claims.map { claim in
            let evidence = [Evidence(path: claim.path, line: claim.line, excerpt: claim.text)]
            switch claim.judgement {
            case .unsupported:
                let (license, clause) = disqualifying(licenses, release: release)
                var finding = context.finding(
                    .fail,
                    Message.unsupported(
                        claim, license: license, clause: clause,
                        verdict: release.verdict), evidence: evidence)
                finding.remediation = Message.rewording(claim, wording: release.accurateWording)
                if let clause, let license {
                    finding.reference = "\(licenses.citation(license)) \(clause.section) (\(clause.criteria))"
                }
                return finding
            case .unverifiable:
                if let undecided = release.undecided {
                    let citations = undecided.map(licenses.citation).joinedAsList
                    let candidateEvidence = undecided.flatMap { licenses.evidence[$0] ?? [] }
                    return context.finding(
                        .needsReview, Message.undecided(claim, citations), evidence: evidence + candidateEvidence,
                        question: Message.askLineage(claim, citations))
                }
                return context.finding(
                    .needsReview, Message.unverifiable(claim, release.limitedBy), evidence: evidence,
                    question: Message.askLicense(claim, release.limitedBy))
            case .supported, .accurate:
                let licenseEvidence = release.limitedBy.flatMap { licenses.evidence[$0] ?? [] }
                return context.finding(.pass, Message.supported(claim, release), evidence: evidence + licenseEvidence)
            }
        }
    }

    /// The clause to quote: the first disqualifying clause of the first license that sets the verdict.
    private func disqualifying(
        _ licenses: ReleaseLicenses, release: ReleaseOSDVerdict
    )
        -> (String?, DisqualifyingClause?)
    {
        for id in release.limitedBy {
            if let clause = licenses.verdict(id).clauses.first { return (id, clause) }
        }
        return (release.limitedBy.first, nil)
    }
}

// MARK: - Messages

extension OpennessClaimCheck {
    fileprivate enum Message {
        static func unsupported(
            _ claim: OpennessClaim, license: String?, clause: DisqualifyingClause?,
            verdict: OSDVerdict
        ) -> String {
            let terms = clause.map { ": \($0.section) “\($0.clause)” breaks \($0.criteria)" } ?? ""
            let subject = license ?? "a license of the release"
            return "The card says “\(claim.text)”, but \(subject) is \(verdict.phrase)\(terms)."
        }

        static func rewording(_ claim: OpennessClaim, wording: String) -> String {
            "Replace “\(claim.phrase)” with accurate wording: \(wording). "
                + "Say “open weights” or name the license, not “open source”."
        }

        static func unverifiable(_ claim: OpennessClaim, _ licenses: [String]) -> String {
            licenses.isEmpty
                ? "The card says “\(claim.text)”, but no license is declared or binds the release, "
                    + "so nothing supports it."
                : "The card says “\(claim.text)”; clearance has no openness assessment of \(licenses.joinedAsList)."
        }

        static func undecided(_ claim: OpennessClaim, _ citations: String) -> String {
            "The card says “\(claim.text)”; the lineage leaves open whether the weights derive from a base under "
                + "the \(citations), which is not open source."
        }

        static func askLineage(_ claim: OpennessClaim, _ citations: String) -> String {
            "Does the release derive from a base under the \(citations)? If it does, “\(claim.phrase)” is "
                + "open-washing; if it does not, answer the lineage question (or name the base in the facts)."
        }

        static func askLicense(_ claim: OpennessClaim, _ licenses: [String]) -> String {
            let subject = licenses.isEmpty ? "the release's license" : licenses.joinedAsList
            return "Does \(subject) meet the Open Source Definition "
                + "(no restriction on persons, fields of use or distribution), so that “\(claim.phrase)” is accurate? "
                + "Declare the license in the model card."
        }

        static func supported(_ claim: OpennessClaim, _ release: ReleaseOSDVerdict) -> String {
            "The card says “\(claim.text)”; every license that binds the release is open (\(release.accurateWording))."
        }
    }
}
