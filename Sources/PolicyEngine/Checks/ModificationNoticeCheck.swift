import BundleModel

/// A derivative says prominently that it changed the upstream files.
struct ModificationNoticeCheck: Check {
    static let phrases = [
        "fine-tuned", "finetuned", "fine tuned", "fine-tune of", "modified", "modification", "quantized", "quantised",
        "quantization", "merged", "merge of", "derived from", "distilled", "adapter", "lora", "we changed", "changes made",
        "trained on top of", "continued pretraining", "continued pre-training",
    ]

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard context.lineage.isDerivative else {
            return [context.finding(.pass, "Nothing in the release says it modifies upstream files (no base model, adapter or derivative relation).")]
        }
        var found: [Evidence] = []
        for document in context.bundle.readableDocuments + context.bundle.noticeDocuments {
            for phrase in Self.phrases {
                if let line = TextMatching.lines(containing: phrase, in: document.lines).first {
                    found.append(Evidence(path: document.path, line: line, excerpt: document.lines[line - 1]))
                    break
                }
            }
        }
        if !found.isEmpty {
            return [context.finding(.pass, "The release states that it changed the upstream model.", evidence: Array(found.prefix(3)))]
        }
        if let card = context.bundle.card, card.info.baseModelRelation != nil || !card.info.baseModels.isEmpty {
            return [context.finding(.needsReview, "The card's metadata names a base model, but no text states that the files were modified.", evidence: [Evidence(path: card.path)],
                                    question: "Do the modified files (the changed weight shards) carry a prominent notice that they were changed? Is the card's base_model metadata enough?")]
        }
        return [context.finding(.fail, "The release derives from upstream weights, but nothing states that the files were modified.")]
    }
}
