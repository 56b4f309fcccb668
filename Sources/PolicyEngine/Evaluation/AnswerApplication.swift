import BundleModel

/// Applies a reviewer's answers (the facts file's `answers:`) to the questions of a check: `yes`
/// turns a `needs-review` finding into `pass`, `no` into `fail`, each citing the answer as its
/// evidence. An answer that settles no question is reported, as an unused waiver is.
public struct AnswerApplication: Sendable {
    public let answers: [Answer]
    /// The facts file the answers come from, as evidence names it.
    public let source: String

    public init(answers: [Answer], source: String) {
        self.answers = answers
        self.source = source
    }

    public func apply(to findings: [Finding]) -> [Finding] {
        var result = findings
        for (index, answer) in answers.enumerated() {
            var used = false
            for position in result.indices where matches(answer, result[position]) {
                used = true
                result[position].status = answer.answer == .yes ? .pass : .fail
                result[position].answer = answer.record
                result[position].evidence.append(
                    Evidence(path: source, line: answer.line, excerpt: excerpt(answer, index: index)))
            }
            if !used { result.append(unused(answer, index: index)) }
        }
        return result
    }

    private func matches(_ answer: Answer, _ finding: Finding) -> Bool {
        guard finding.ruleId == answer.ruleId, finding.status == .needsReview, finding.answer == nil else {
            return false
        }
        return answer.license.map { $0 == finding.license } ?? true
    }

    private func excerpt(_ answer: Answer, index: Int) -> String {
        "answers[\(index)]: \(answer.ruleId): \(answer.answer.rawValue)" + (answer.note.map { " — \($0)" } ?? "")
    }

    private func unused(_ answer: Answer, index: Int) -> Finding {
        let scope = answer.license.map { " (license \($0))" } ?? ""
        return ProcessRules.answerUnused.finding(
            message: "The answer for \(answer.ruleId)\(scope) by \(answer.answeredBy) matches no open question.",
            evidence: [Evidence(path: source, line: answer.line, excerpt: excerpt(answer, index: index))],
            license: answer.license
        )
    }
}
