import BundleModel

/// The license the card declares is the license whose text ships in the LICENSE file, and no
/// other license text offers the release under terms of its own.
///
/// Every license text found is weighed against the declared license and the upstreams: one that
/// is neither (an Apache-2.0 text after the Llama agreement, a `LICENSE-APACHE` beside it) may
/// offer the weights under other terms, which is a question at least.
struct DeclaredMatchesTextCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let declared = context.lineage.declared.filter { $0.source == .modelCard }
        let texts = context.lineage.detected.filter { $0.document == .agreement && $0.artifactKind == .license }
        guard !declared.isEmpty, !texts.isEmpty else { return [] }
        let declaredIDs = Set(declared.compactMap(\.id))
        let textIDs = Set(texts.map(\.id))
        if !declaredIDs.isDisjoint(with: textIDs) {
            // Upstreams through the base models: one a text alone makes an upstream does not count.
            let known = declaredIDs.union(context.lineage.baseModels.flatMap(\.licenses))
            let extra = texts.filter { !known.contains($0.id) && RecipientView.sees($0.evidence.path) }
            if !extra.isEmpty {
                let ids = Set(extra.map(\.id)).sorted().joined(separator: ", ")
                let paths = Set(extra.map(\.evidence.path)).sorted().joined(separator: ", ")
                let message = "\(paths) also carries the \(ids) text, which is neither the declared license nor an upstream's."
                let question = "Does the \(ids) text in \(paths) offer the weights under other terms than the declared license, or does it cover something else (code, data) that the release says so about?"
                return [context.finding(.needsReview, message, evidence: extra.map(\.evidence) + declared.map(\.evidence), question: question)]
            }
            return [context.finding(.pass, "The card's license matches the license text shipped.", evidence: declared.map(\.evidence) + texts.map(\.evidence))]
        }
        let said = declared.map(\.value).joined(separator: ", ")
        let shipped = textIDs.sorted().joined(separator: ", ")
        return [context.finding(.fail, "The card declares \(said), but the license file shipped is \(shipped).", evidence: declared.map(\.evidence) + texts.map(\.evidence))]
    }
}
