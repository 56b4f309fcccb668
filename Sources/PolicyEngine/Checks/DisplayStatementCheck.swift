import BundleModel

/// A "Built with …" statement is prominently displayed where the license says, or attested.
struct DisplayStatementCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let statements = context.check.statements ?? []
        let quoted = statements.map { "“\($0)”" }.joined(separator: " or ")
        if let place = context.facts.facts.attestations?.builtWithDisplayedAt {
            return [context.finding(.pass, "The facts attest that \(quoted) is displayed at \(place).", evidence: context.factEvidence("attestations.builtWithDisplayedAt", place))]
        }
        var found: [Evidence] = []
        for document in context.bundle.readableDocuments {
            for statement in statements {
                found += TextMatching.lines(containing: statement, in: document.lines).map { Evidence(path: document.path, line: $0, excerpt: document.lines[$0 - 1]) }
            }
        }
        if !found.isEmpty {
            let places = Set(found.map(\.path)).sorted().joined(separator: ", ")
            return [context.finding(.needsReview, "\(quoted) appears in \(places); whether that is prominent display on a related website, user interface, blogpost, about page or product documentation is a judgement.", evidence: found,
                                    question: "Is \(quoted) prominently displayed on a related website, user interface, blogpost, about page or product documentation? If so, record where in the facts file as attestations.builtWithDisplayedAt.")]
        }
        let near = nearStatements(context)
        let hint = near.isEmpty ? "" : " (found \(near.map { "“\($0.excerpt ?? "")”" }.joined(separator: ", ")), which is not the required wording)"
        return [context.finding(.fail, "\(quoted) is displayed nowhere in the release and no fact attests it is displayed elsewhere\(hint).", evidence: near)]
    }

    /// "Built with …" statements that name something else, to show a near miss.
    private func nearStatements(_ context: RuleContext) -> [Evidence] {
        context.bundle.readableDocuments.flatMap { document in
            TextMatching.lines(containing: "built with", in: document.lines).prefix(3).map { Evidence(path: document.path, line: $0, excerpt: document.lines[$0 - 1].trimmingCharacters(in: .whitespaces)) }
        }
    }
}
