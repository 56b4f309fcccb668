import BundleModel

/// A "Built with …" statement is prominently displayed where the license says, or attested.
public struct DisplayStatementCheck: Check {
    static let kind = CheckKind.displayStatement

    /// The statements, any of which satisfies the rule.
    public var statements: [String]

    var problem: String? { statements.isEmpty ? Message.needsStatements : nil }

    var decidingFacts: [String] { ["attestations.builtWithDisplayedAt"] }

    func evaluate(_ context: RuleContext) -> [Finding] {
        let quoted = statements.map { "“\($0)”" }.joined(separator: " or ")
        if let place = context.facts.facts.attestations?.builtWithDisplayedAt {
            return [
                context.finding(
                    .pass, Message.attested(quoted, at: place),
                    evidence: context.factEvidence("attestations.builtWithDisplayedAt", place))
            ]
        }
        var found: [Evidence] = []
        for document in context.bundle.readableDocuments {
            let lines = context.bundle.normalisedLines(of: document)
            for statement in statements {
                found += TextMatching.lines(containing: statement, inNormalised: lines).map {
                    Evidence(path: document.path, line: $0, excerpt: document.lines[$0 - 1])
                }
            }
        }
        if !found.isEmpty {
            let places = Set(found.map(\.path)).sorted().joined(separator: ", ")
            return [
                context.finding(
                    .needsReview, Message.appears(quoted, in: places), evidence: found,
                    question: Message.question(quoted))
            ]
        }
        let near = nearStatements(context)
        return [context.finding(.fail, Message.nowhere(quoted, near: near), evidence: near)]
    }

    /// The first statement, in the card.
    func remedies(_ context: RuleContext) -> [Remedy] {
        statements.first.map { [.cardStatement($0)] } ?? []
    }

    /// "Built with …" statements that name something else, to show a near miss.
    private func nearStatements(_ context: RuleContext) -> [Evidence] {
        context.bundle.readableDocuments.flatMap { document in
            let lines = context.bundle.normalisedLines(of: document)
            return TextMatching.lines(containing: "built with", inNormalised: lines).prefix(3).map {
                let excerpt = document.lines[$0 - 1].trimmingCharacters(in: .whitespaces)
                return Evidence(path: document.path, line: $0, excerpt: excerpt)
            }
        }
    }
}

// MARK: - Messages

extension DisplayStatementCheck {
    fileprivate enum Message {
        static let needsStatements = "display-statement needs 'statements'"

        static func attested(_ quoted: String, at place: String) -> String {
            "The facts attest that \(quoted) is displayed at \(place)."
        }

        static func appears(_ quoted: String, in places: String) -> String {
            """
            \(quoted) appears in \(places); whether that is prominent display on a related website, user interface, \
            blogpost, about page or product documentation is a judgement.
            """
        }

        static func question(_ quoted: String) -> String {
            """
            Is \(quoted) prominently displayed on a related website, user interface, blogpost, about page or product \
            documentation? If so, record where in the facts file as attestations.builtWithDisplayedAt.
            """
        }

        static func nowhere(_ quoted: String, near: [Evidence]) -> String {
            let found = near.map { "“\($0.excerpt ?? "")”" }.joined(separator: ", ")
            let hint = near.isEmpty ? "" : " (found \(found), which is not the required wording)"
            return "\(quoted) is displayed nowhere in the release and no fact attests it is displayed elsewhere\(hint)."
        }
    }
}
