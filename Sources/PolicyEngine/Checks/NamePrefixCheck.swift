import BundleModel

/// The derivative's name begins with the licensor's mark, read literally; near spellings are
/// left to a reviewer, never guessed to pass.
public struct NamePrefixCheck: Check {
    static let kind = CheckKind.namePrefix

    /// The mark the model name must begin with.
    public var prefix: String
    /// Spellings that are close to the prefix and need a reviewer's judgement.
    public var reviewPrefixes: [String]?

    /// How one name fares, from best to worst.
    enum NameJudgement: Int, Comparable {
        case begins, close, differs
        static func < (lhs: NameJudgement, rhs: NameJudgement) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    func evaluate(_ context: RuleContext) -> [Finding] {
        let names = context.lineage.modelNames
        guard !names.isEmpty else {
            return [context.finding(.needsReview, Message.noName, question: Message.whatName(prefix))]
        }
        let judged = names.map { ($0, Self.judge($0.name, prefix: prefix, near: reviewPrefixes ?? [])) }
        let worst = judged.map(\.1).max() ?? .begins
        let evidence = judged.filter { $0.1 == worst }.map { $0.0.evidence }
        let listed = judged.filter { $0.1 == worst }.map { "“\($0.0.name)” (\($0.0.source))" }.joined(separator: ", ")
        switch worst {
        case .begins:
            return [context.finding(.pass, Message.begins(listed, prefix), evidence: evidence)]
        case .close:
            return [
                context.finding(
                    .needsReview, Message.close(listed, prefix), evidence: evidence,
                    question: Message.isClose(listed, prefix))
            ]
        case .differs:
            return [context.finding(.fail, Message.differs(listed, prefix), evidence: evidence)]
        }
    }

    /// Renaming is only suggested, never done: each name that does not begin with the prefix, with
    /// one that does.
    func remedies(_ context: RuleContext) -> [Remedy] {
        var seen: Set<String> = []
        let renames = context.lineage.modelNames.filter {
            Self.judge($0.name, prefix: prefix, near: reviewPrefixes ?? []) == .differs && seen.insert($0.name).inserted
        }.map { Message.rename($0, to: Self.suggestedName(for: $0.name, prefix: prefix)) }
        return renames.isEmpty ? [] : [.suggestion(Message.renameModel(prefix, renames))]
    }

    /// A name that begins with `prefix`: the name from the mark on when it holds the mark after a
    /// word break (`Meta-Llama-3.1-8B` → `Llama-3.1-8B`), else the mark, a hyphen and the name
    /// (`Acme-Chat-8B` → `Llama-Acme-Chat-8B`); a repository id keeps its organisation.
    static func suggestedName(for name: String, prefix: String) -> String {
        let slash = name.lastIndex(of: "/")
        let owner = slash.map { String(name[...$0]) } ?? ""
        let model = String(name[(slash.map(name.index(after:)) ?? name.startIndex)...])
            .trimmingCharacters(in: .whitespaces)
        var rest = model.startIndex..<model.endIndex
        while let mark = model.range(of: prefix, range: rest) {
            if mark.lowerBound > model.startIndex, "-_. ".contains(model[model.index(before: mark.lowerBound)]) {
                return owner + model[mark.lowerBound...]
            }
            rest = mark.upperBound..<model.endIndex
        }
        return "\(owner)\(prefix)-\(model)"
    }

    /// A Hub repository id (`acme/Llama-3.1-Acme-8B`) is judged by its model name, after the organisation.
    static func judge(_ name: String, prefix: String, near: [String]) -> NameJudgement {
        let modelName = name.split(separator: "/").last.map(String.init) ?? name
        let trimmed = modelName.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix(prefix) { return .begins }
        if trimmed.lowercased().hasPrefix(prefix.lowercased()) { return .close }
        if near.contains(where: { trimmed.lowercased().hasPrefix($0.lowercased()) }) { return .close }
        return .differs
    }
}

// MARK: - Messages

extension NamePrefixCheck {
    fileprivate enum Message {
        static let noName = "The model's name could not be found (no card name, GGUF name or facts model.name)."

        static func whatName(_ prefix: String) -> String {
            """
            What name is the model distributed under? Does it begin with “\(prefix)”? Record it in the facts file \
            as model.name.
            """
        }

        static func begins(_ listed: String, _ prefix: String) -> String {
            "The model name begins with “\(prefix)”: \(listed)."
        }

        static func close(_ listed: String, _ prefix: String) -> String {
            "The name \(listed) is close to, but does not literally begin with, “\(prefix)”."
        }

        static func isClose(_ listed: String, _ prefix: String) -> String {
            "Does \(listed) satisfy the requirement to include “\(prefix)” at the beginning of the model name?"
        }

        static func differs(_ listed: String, _ prefix: String) -> String {
            "The name \(listed) does not begin with “\(prefix)”."
        }

        static func rename(_ name: ModelName, to suggested: String) -> String {
            "“\(name.name)” (\(name.source)) → “\(suggested)”"
        }

        static func renameModel(_ prefix: String, _ renames: [String]) -> String {
            """
            Rename the model so that its name begins with “\(prefix)” (fix never renames), for example \
            \(renames.joined(separator: ", ")), wherever the name appears: card title, repository, GGUF \
            general.name (re-convert) and file names.
            """
        }
    }
}
