import BundleModel

/// Each GGUF file's `general.license` agrees with the model card's license.
struct GGUFLicenseAgreesCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let card = context.lineage.declared.filter { $0.source == .modelCard }
        let gguf = context.lineage.declared.filter { $0.source == .gguf }
        guard !card.isEmpty, !gguf.isEmpty else { return [] }
        let cardKeys = Set(card.map { $0.id ?? $0.value.lowercased() })
        let disagreeing = gguf.filter { !cardKeys.contains($0.id ?? $0.value.lowercased()) }
        if disagreeing.isEmpty {
            return [context.finding(.pass, "The GGUF license metadata agrees with the model card.", evidence: gguf.map(\.evidence))]
        }
        let values = disagreeing.map { "\($0.evidence.path) says \($0.value)" }.joined(separator: "; ")
        return [context.finding(.fail, "GGUF license metadata disagrees with the model card (\(card.map(\.value).joined(separator: ", "))): \(values).", evidence: disagreeing.map(\.evidence) + card.map(\.evidence))]
    }
}
