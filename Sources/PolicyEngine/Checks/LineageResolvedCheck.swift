import BundleModel

/// Some upstream license binds the release, and the path to it is known; what the evidence could
/// not decide is asked, and a release that ships weights from an unknown origin is never a pass.
public struct LineageResolvedCheck: Check {
    static let kind = CheckKind.lineageResolved

    /// The check; it takes no parameters.
    public init() {}

    func evaluate(_ context: RuleContext) -> [Finding] {
        let lineage = context.lineage
        var findings = lineage.questions.map { question in
            context.finding(
                .needsReview, Message.undecided(question), evidence: question.candidates.flatMap(\.link.evidence),
                question: Message.askWhich(question))
        }
        let upstreams = lineage.upstreams
        for upstream in upstreams where context.policies.packs[upstream.id] == nil {
            findings.append(
                context.finding(
                    .needsReview, Message.noPack(upstream.id), evidence: upstream.evidence,
                    question: Message.askNoPack(upstream.id)))
        }
        if !upstreams.isEmpty {
            findings.append(
                context.finding(.pass, Message.resolved(upstreams), evidence: upstreams.flatMap(\.evidence)))
        } else if lineage.questions.isEmpty {
            let bases = lineage.baseModels
            findings.append(
                context.finding(
                    .needsReview, Message.unresolved(bases, shipsWeights: lineage.shipsWeights),
                    evidence: bases.map(\.evidence), question: Message.ask))
        }
        return findings
    }
}

// MARK: - Messages

extension LineageResolvedCheck {
    fileprivate enum Message {
        static func unresolved(_ bases: [BaseModelReference], shipsWeights: Bool) -> String {
            let unknown = bases.map { "\($0.reference) (\($0.evidence.path))" }.joined(separator: ", ")
            let detail =
                bases.isEmpty
                ? "no base model is declared, stated or recognisable from the configs, tokenizer or weights"
                : "the base models \(unknown) are not in the registry and their files match no known base"
            let weights =
                shipsWeights
                ? " The release ships weights, so they come from somewhere; the declared license is only a claim." : ""
            return "No upstream license could be determined: \(detail).\(weights)"
        }

        static let ask = """
            Which models does this release derive from, and under which licenses? \
            Name them in the card's base_model and ship their license texts.
            """

        static func undecided(_ question: LineageQuestion) -> String {
            let candidates = question.candidates.map { "\($0.model): \($0.licenses.joined(separator: " + "))" }
            return
                "The evidence cannot decide the upstream: \(question.reason). Candidates: \(candidates.joined(separator: "; "))."
        }

        static func askWhich(_ question: LineageQuestion) -> String {
            let models = question.candidates.map(\.model).joined(separator: ", ")
            return """
                Does this release derive from one of \(models), and if so which? Name it in the card's base_model \
                (or say in the facts file that it derives from none).
                """
        }

        static func noPack(_ id: String) -> String {
            "The upstream license \(id) binds the release, but clearance has no policy pack for it: its obligations are not checked."
        }

        static func askNoPack(_ id: String) -> String {
            "Does the release meet the obligations of \(id)?"
        }

        static func resolved(_ upstreams: [UpstreamLicense]) -> String {
            let chain = upstreams.flatMap(\.chain).joined(separator: "; ")
            return "Upstream licenses: \(upstreams.map(\.id).joined(separator: ", ")) (\(chain))."
        }
    }
}
