import BundleModel

/// The license the card declares is the license whose text ships in the LICENSE file.
struct DeclaredMatchesTextCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let declared = context.lineage.declared.filter { $0.source == .modelCard }
        let texts = context.lineage.detected.filter { $0.document == .agreement && $0.artifactKind == .license }
        guard !declared.isEmpty, !texts.isEmpty else { return [] }
        let declaredIDs = Set(declared.compactMap(\.id))
        let textIDs = Set(texts.map(\.id))
        if !declaredIDs.isDisjoint(with: textIDs) {
            return [context.finding(.pass, "The card's license matches the license text shipped.", evidence: declared.map(\.evidence) + texts.map(\.evidence))]
        }
        let said = declared.map(\.value).joined(separator: ", ")
        let shipped = textIDs.sorted().joined(separator: ", ")
        return [context.finding(.fail, "The card declares \(said), but the license file shipped is \(shipped).", evidence: declared.map(\.evidence) + texts.map(\.evidence))]
    }
}
