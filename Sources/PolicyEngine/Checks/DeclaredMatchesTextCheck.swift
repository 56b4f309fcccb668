import BundleModel

/// The license the card declares is the license whose text ships in the LICENSE file.
public struct DeclaredMatchesTextCheck: Check {
    static let kind = CheckKind.declaredMatchesText

    func evaluate(_ context: RuleContext) -> [Finding] {
        let declared = context.lineage.declared.filter { $0.source == .modelCard }
        let texts = context.lineage.detected.filter { $0.document == .agreement && $0.artifactKind == .license }
        guard !declared.isEmpty, !texts.isEmpty else { return [] }
        let evidence = declared.map(\.evidence) + texts.map(\.evidence)
        let textIDs = Set(texts.map(\.id))
        if !Set(declared.compactMap(\.id)).isDisjoint(with: textIDs) {
            return [context.finding(.pass, Message.matches, evidence: evidence)]
        }
        return [context.finding(.fail, Message.differs(declared.map(\.value), shipped: textIDs.sorted()),
                                evidence: evidence)]
    }
}

// MARK: - Messages

extension DeclaredMatchesTextCheck {
    fileprivate enum Message {
        static let matches = "The card's license matches the license text shipped."

        static func differs(_ said: [String], shipped: [String]) -> String {
            let shippedIDs = shipped.joined(separator: ", ")
            return "The card declares \(said.joined(separator: ", ")), but the license file shipped is \(shippedIDs)."
        }
    }
}
