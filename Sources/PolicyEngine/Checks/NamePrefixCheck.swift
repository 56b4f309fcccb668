import BundleModel

/// The derivative's name begins with the licensor's mark, read literally; near spellings are
/// left to a reviewer, never guessed to pass.
struct NamePrefixCheck: Check {
    enum Verdict: Int, Comparable {
        case pass, review, fail
        static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    func evaluate(_ context: RuleContext) -> [Finding] {
        let prefix = context.check.prefix ?? ""
        let names = context.lineage.modelNames
        guard !names.isEmpty else {
            return [context.finding(.needsReview, "The model's name could not be found (no card name, GGUF name or facts model.name).",
                                    question: "What name is the model distributed under? Does it begin with “\(prefix)”? Record it in the facts file as model.name.")]
        }
        let judged = names.map { ($0, Self.judge($0.name, prefix: prefix, near: context.check.reviewPrefixes ?? [])) }
        let worst = judged.map(\.1).max() ?? .pass
        let evidence = judged.filter { $0.1 == worst }.map { $0.0.evidence }
        let listed = judged.filter { $0.1 == worst }.map { "“\($0.0.name)” (\($0.0.source))" }.joined(separator: ", ")
        switch worst {
        case .pass:
            return [context.finding(.pass, "The model name begins with “\(prefix)”: \(listed).", evidence: evidence)]
        case .review:
            return [context.finding(.needsReview, "The name \(listed) is close to, but does not literally begin with, “\(prefix)”.", evidence: evidence,
                                    question: "Does \(listed) satisfy the requirement to include “\(prefix)” at the beginning of the model name?")]
        case .fail:
            return [context.finding(.fail, "The name \(listed) does not begin with “\(prefix)”.", evidence: evidence)]
        }
    }

    /// A Hub repository id (`acme/Llama-3.1-Acme-8B`) is judged by its model name, after the organisation.
    static func judge(_ name: String, prefix: String, near: [String]) -> Verdict {
        let modelName = name.split(separator: "/").last.map(String.init) ?? name
        let trimmed = modelName.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix(prefix) { return .pass }
        if trimmed.lowercased().hasPrefix(prefix.lowercased()) { return .review }
        if near.contains(where: { trimmed.lowercased().hasPrefix($0.lowercased()) }) { return .review }
        return .fail
    }
}
