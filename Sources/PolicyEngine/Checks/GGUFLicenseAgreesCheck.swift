import BundleModel

/// Each GGUF file's `general.license` agrees with the model card's license.
public struct GGUFLicenseAgreesCheck: Check {
    static let kind = CheckKind.ggufLicenseAgrees

    /// The check; it takes no parameters.
    public init() {}

    func evaluate(_ context: RuleContext) -> [Finding] {
        let card = context.lineage.declared.filter { $0.source == .modelCard }
        let gguf = context.lineage.declared.filter { $0.source == .gguf }
        guard !card.isEmpty, !gguf.isEmpty else { return [] }
        let cardKeys = Set(card.map { $0.id ?? $0.value.lowercased() })
        let disagreeing = gguf.filter { !cardKeys.contains($0.id ?? $0.value.lowercased()) }
        if disagreeing.isEmpty {
            return [context.finding(.pass, Message.agrees, evidence: gguf.map(\.evidence))]
        }
        return [
            context.finding(
                .fail, Message.disagrees(card, disagreeing),
                evidence: disagreeing.map(\.evidence) + card.map(\.evidence))
        ]
    }
}

// MARK: - Messages

extension GGUFLicenseAgreesCheck {
    fileprivate enum Message {
        static let agrees = "The GGUF license metadata agrees with the model card."

        static func disagrees(_ card: [DeclaredLicense], _ disagreeing: [DeclaredLicense]) -> String {
            let values = disagreeing.map { "\($0.evidence.path) says \($0.value)" }.joined(separator: "; ")
            let cardValues = card.map(\.value).joined(separator: ", ")
            return "GGUF license metadata disagrees with the model card (\(cardValues)): \(values)."
        }
    }
}
