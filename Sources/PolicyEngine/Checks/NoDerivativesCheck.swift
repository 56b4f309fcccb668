import BundleModel

/// A no-derivatives upstream: adapted material may not be shared at all. A fine-tune, an adapter
/// or a merge fails; a quantization or format conversion is a question, since a change made only to
/// use the work in another format is no adaptation (CC 4.0 §2(a)(4); CC 3.0 §3). A verbatim copy
/// passes.
public struct NoDerivativesCheck: Check {
    static let kind = CheckKind.noDerivatives

    /// Relations that only change the format of the weights.
    static let formatChanges: Set<String> = ["quantized"]

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let id = context.licenseID else { return [] }
        guard context.lineage.isDerivative else { return [context.finding(.pass, Message.verbatim(id))] }
        let relation = context.manifest.relation.effective
        let evidence = context.lineage.baseModels.map(\.evidence) + (context.upstream?.evidence ?? [])
        let models = context.upstream?.models ?? []
        if let relation, Self.formatChanges.contains(relation) {
            return [
                context.finding(
                    .needsReview, Message.formatChange(relation, id, models), evidence: evidence,
                    question: context.rule.question.map(context.fill) ?? Message.askFormat(id))
            ]
        }
        return [context.finding(.fail, Message.adapted(relation, id, models), evidence: evidence)]
    }
}

// MARK: - Messages

extension NoDerivativesCheck {
    fileprivate enum Message {
        static func verbatim(_ id: String) -> String {
            "The release is no derivative: verbatim copies of \(id) material may be shared."
        }

        static func formatChange(_ relation: String, _ id: String, _ models: [String]) -> String {
            "The release is \(relation) from \(of(models, id)); \(id) allows no adapted material to be shared, "
                + "but a change made only to use the work in another format may be no adaptation."
        }

        static func askFormat(_ id: String) -> String {
            "Is the release only a technical change of format of the \(id) material, with no adapted material shared?"
        }

        static func adapted(_ relation: String?, _ id: String, _ models: [String]) -> String {
            let shape = relation.map { "a \($0 == "finetune" ? "fine-tune" : $0)" } ?? "a derivative"
            return "The release is \(shape) of \(of(models, id)); \(id) forbids sharing adapted material, "
                + "so it may not be distributed."
        }

        private static func of(_ models: [String], _ id: String) -> String {
            models.isEmpty ? "\(id) material" : "\(models.joined(separator: ", ")) (\(id))"
        }
    }
}
