import BundleModel

/// A derivative says prominently that it changed the upstream files. The card's `base_model`
/// metadata records the lineage for machines; it is not a prominent notice that files changed.
public struct ModificationNoticeCheck: Check {
    static let kind = CheckKind.modificationNotice

    /// Word stems that state a change: fine-tuned, quantized, merged, distilled, converted, …
    static let phrases = [
        "fine-tun", "finetun", "fine tun", "modified", "modification", "quant", "merged", "merge of", "mergekit",
        "derived from", "distill", "adapter", "lora", "qlora", "we changed", "changes made", "changed the", "converted",
        "trained on top of", "further trained", "continued pretraining", "continued pre-training", "instruction-tuned",
        "pruned",
    ]

    /// The statement must be in a Notice file, where the license asks for it (the Stability AI
    /// licenses' Notice file, FLUX.1 [dev]'s Attribution Notice), not anywhere in the release.
    public var inNoticeFile: Bool?

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard context.lineage.isDerivative else { return [context.finding(.pass, Message.notDerivative)] }
        let noticeOnly = inNoticeFile == true
        var found: [Evidence] = []
        let documents =
            noticeOnly
            ? context.bundle.noticeDocuments : context.bundle.readableDocuments + context.bundle.noticeDocuments
        for document in documents {
            let lines = context.bundle.normalisedLines(of: document)
            for phrase in Self.phrases {
                if let line = TextMatching.lines(withWordStartingWith: phrase, inNormalised: lines).first {
                    found.append(Evidence(path: document.path, line: line, excerpt: document.lines[line - 1]))
                    break
                }
            }
        }
        if !found.isEmpty {
            return [context.finding(.pass, Message.stated, evidence: Array(found.prefix(3)))]
        }
        if noticeOnly {
            let files = context.bundle.noticeDocuments.map { Evidence(path: $0.path) }
            let message = files.isEmpty ? Message.noNoticeFile : Message.notInNoticeFile
            return [context.finding(.fail, message, evidence: files)]
        }
        if let card = context.bundle.card, card.info.baseModelRelation != nil || !card.info.baseModels.isEmpty {
            return [context.finding(.fail, Message.metadataOnly, evidence: [Evidence(path: card.path)])]
        }
        return [context.finding(.fail, Message.unstated)]
    }

    /// A sentence saying what was modified and how, when the card or the files tell both: in the
    /// card, or in the Notice file where the license asks for it there.
    func remedies(_ context: RuleContext) -> [Remedy] {
        let lineage = CardLineage(context)
        guard !lineage.models.isEmpty, let relation = context.manifest.relation.declared ?? lineage.relation,
            let how = CardLineage.modification(relation)
        else { return [] }
        let sentence = Message.modifiedFrom(lineage.models, by: how)
        guard inNoticeFile == true else { return [.cardStatement(sentence)] }
        return context.licenseID.map { [.noticeLine(licenseID: $0, text: sentence)] } ?? []
    }
}

// MARK: - Messages

extension ModificationNoticeCheck {
    fileprivate enum Message {
        static let notDerivative = """
            Nothing in the release says it modifies upstream files (no base model, adapter or derivative relation).
            """

        static let stated = "The release states that it changed the upstream model."

        static let metadataOnly = """
            The card's metadata names a base model, but no text states that the files were modified; \
            base_model is lineage metadata, not a prominent notice of the changes.
            """

        static func modifiedFrom(_ models: [String], by how: String) -> String {
            "This model is modified from \(models.joined(separator: " and ")) by \(how)."
        }

        static let noNoticeFile = """
            The release derives from upstream weights and has no Notice file, where the license asks for a \
            statement that the files were changed and how.
            """

        static let notInNoticeFile = """
            The Notice file does not state that the upstream files were changed and how; the license asks for \
            that statement in the Notice file itself.
            """

        static let unstated = """
            The release derives from upstream weights, but nothing states that the files were modified.
            """
    }
}
