import BundleModel

/// Computes a release's openness profile from what the check already knows: the manifest, the
/// resolved lineage, the facts and the packs' `openness:` blocks.
public struct OpennessProfiler: Sendable {
    public let policies: PolicySet

    public init(policies: PolicySet) {
        self.policies = policies
    }

    /// The profile of a checked release, with the claims its evaluation found and judged.
    public func profile(_ manifest: Manifest, evaluation: Evaluation, facts: FactSheet) -> OpennessProfile {
        profile(
            manifest, lineage: evaluation.lineage, facts: facts, claims: evaluation.claims,
            index: evaluation.artifactIndex)
    }

    /// The profile of a release on a lineage resolved elsewhere: its claims are found here.
    public func profile(_ manifest: Manifest, lineage: Lineage, facts: FactSheet) -> OpennessProfile {
        profile(
            manifest, lineage: lineage, facts: facts,
            claims: OpennessClaims.judged(manifest, lineage: lineage, policies: policies),
            index: manifest.artifactIndex ?? ArtifactIndex(manifest.artifacts))
    }

    private func profile(
        _ manifest: Manifest, lineage: Lineage, facts: FactSheet, claims: [OpennessClaim], index: ArtifactIndex
    ) -> OpennessProfile {
        let licenses = ReleaseLicenses(lineage: lineage, policies: policies)
        let openness = facts.facts.openness
        let judge = ComponentLicenseJudge(licenses: licenses, lineage: lineage, facts: openness)
        let mof = MOFAssessor(manifest: manifest, index: index, judge: judge, facts: openness).assess()
        let sections = CardSections(
            manifest.card.flatMap { manifest.documents[$0.path] },
            startLine: manifest.card?.info.bodyStartLine ?? 1)
        let radboud = RadboudAssessor(
            mof: mof, licenses: licenses, isDerivative: lineage.isDerivative, card: manifest.card,
            sections: sections, facts: openness
        ).assess()
        let release = licenses.releaseVerdict
        return OpennessProfile(
            licenses: licenses.verdicts,
            osd: release,
            osaid: osaid(release, licenses: licenses, mof: mof),
            mof: mof,
            radboud: radboud,
            aiAct: AIActAssessor(licenses: licenses).assess(),
            claims: claims
        )
    }

    /// Open Source AI: ruled out by any license that breaks the OSD; otherwise its three elements
    /// must be shown, and even then a person attests them.
    private func osaid(_ release: ReleaseOSDVerdict, licenses: ReleaseLicenses, mof: MOFProfile) -> OSAIDAssessment {
        let elements: [(String, [MOFComponent])] = [
            ("data information", [.dataCard, .trainingData]),
            ("code", [.trainingCode, .inferenceCode, .dataPreprocessingCode, .modelArchitecture]),
            ("parameters", [.finalParameters]),
        ]
        let shown = elements.map { name, components in
            OSAIDAssessment.Element(
                name: name, shown: components.allSatisfy { mof.entry($0)?.counts == true },
                components: components)
        }
        let closed = licenses.verdicts.filter { licenses.binding.contains($0.id) && $0.osaid == .ineligible }
        if let first = closed.first {
            let clause = first.clauses.first.map { " (\($0.section): \($0.criteria))" } ?? ""
            let source = first.assessedBy.map { "; \($0)" } ?? ""
            return OSAIDAssessment(
                status: .notOpenSourceAI,
                reason: Message.notOpenSourceAI(first.id, clause: clause, source: source), elements: shown)
        }
        if release.verdict.isOpen, shown.allSatisfy(\.shown) {
            return OSAIDAssessment(status: .elementsShown, reason: Message.elementsShown, elements: shown)
        }
        let missing = shown.filter { !$0.shown }.map(\.name)
        return OSAIDAssessment(
            status: .notDemonstrated, reason: Message.notDemonstrated(missing, release.verdict),
            elements: shown)
    }
}

// MARK: - Messages

extension OpennessProfiler {
    fileprivate enum Message {
        static func notOpenSourceAI(_ id: String, clause: String, source: String) -> String {
            "not Open Source AI: \(id) is not OSD-conformant\(clause)\(source)"
        }

        static var elementsShown: String {
            "the licenses are open and the data information, code and parameters are shown or declared; "
                + "a person must attest that they are complete"
        }

        static func notDemonstrated(_ missing: [String], _ verdict: OSDVerdict) -> String {
            let licenses =
                verdict == .unverified || verdict == .doubtful
                ? "the licenses are not all assessed as open" : "the licenses allow it"
            return missing.isEmpty
                ? "not demonstrated: \(licenses)"
                : "not demonstrated: \(licenses), but \(missing.joinedAsList) "
                    + "\(missing.count == 1 ? "is" : "are") not shown"
        }
    }
}
