import BundleModel

/// The license the card declares is the license whose text ships in the LICENSE file, and no
/// other license text offers the release under terms of its own.
///
/// Every license text found is weighed against the declared license and the licenses of the base
/// models: one that is neither (an Apache-2.0 text after the Llama agreement, a `LICENSE-APACHE`
/// beside it) may offer the weights under other terms, which is a question at least.
public struct DeclaredMatchesTextCheck: Check {
    static let kind = CheckKind.declaredMatchesText

    /// The check; it takes no parameters.
    public init() {}

    func evaluate(_ context: RuleContext) -> [Finding] {
        let declared = context.lineage.declared.filter { $0.source == .modelCard }
        let texts = context.lineage.detected.filter { $0.document == .agreement && $0.artifactKind == .license }
        guard !declared.isEmpty, !texts.isEmpty else { return [] }
        let evidence = declared.map(\.evidence) + texts.map(\.evidence)
        let textIDs = Set(texts.map(\.id))
        let declaredIDs = Set(declared.compactMap(\.id))
        if !declaredIDs.isDisjoint(with: textIDs) {
            // Upstreams through the base models: one a text alone makes an upstream does not count.
            let known = declaredIDs.union(context.lineage.baseModels.flatMap(\.licenses))
            let extra = texts.filter { !known.contains($0.id) && RecipientView.sees($0.evidence.path) }
            guard extra.isEmpty else {
                let ids = Set(extra.map(\.id)).sorted().joined(separator: ", ")
                let paths = Set(extra.map(\.evidence.path)).sorted().joined(separator: ", ")
                return [
                    context.finding(
                        .needsReview, Message.another(ids, in: paths),
                        evidence: extra.map(\.evidence) + declared.map(\.evidence),
                        question: Message.anotherQuestion(ids, in: paths))
                ]
            }
            return [context.finding(.pass, Message.matches, evidence: evidence)]
        }
        return [
            context.finding(
                .fail, Message.differs(declared.map(\.value), shipped: textIDs.sorted()),
                evidence: evidence)
        ]
    }
}

// MARK: - Messages

extension DeclaredMatchesTextCheck {
    fileprivate enum Message {
        static let matches = "The card's license matches the license text shipped."

        static func another(_ ids: String, in paths: String) -> String {
            "\(paths) also carries the \(ids) text, which is neither the declared license nor a base model's."
        }

        static func anotherQuestion(_ ids: String, in paths: String) -> String {
            """
            Does the \(ids) text in \(paths) offer the weights under other terms than the declared license, or does it \
            cover something else (code, data) that the release says so about?
            """
        }

        static func differs(_ said: [String], shipped: [String]) -> String {
            let shippedIDs = shipped.joined(separator: ", ")
            return "The card declares \(said.joined(separator: ", ")), but the license file shipped is \(shippedIDs)."
        }
    }
}
