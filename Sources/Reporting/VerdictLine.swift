import BundleModel

/// The one line that ends the text report (and is all `--quiet` prints): the verdict in words,
/// then the counts. A release with an open question is never presented as a plain pass:
/// `REVIEW — passes the gate, 2 questions open; 15 passed (--fail-on error)`.
struct VerdictLine {
    let input: ReportInput
    let style: TextStyle

    /// The line, its verdict word coloured.
    var text: String {
        let plain = self.plain
        return paint(verdictWord) + plain.dropFirst(verdictWord.count)
    }

    /// The line wrapped to `width` columns, the verdict word coloured.
    func lines(width: Int) -> [String] {
        var lines = TextWrap.lines(plain, width: width, first: "", rest: "  ")
        lines[0] = paint(verdictWord) + lines[0].dropFirst(verdictWord.count)
        return lines
    }

    private var verdictWord: String { input.report.verdict.rawValue.uppercased() }

    private func paint(_ word: String) -> String {
        switch input.report.verdict {
        case .fail: style.red(style.bold(word))
        case .review: style.yellow(style.bold(word))
        case .pass: style.green(style.bold(word))
        }
    }

    private var plain: String {
        let findings = input.report.findings
        let summary = input.report.summary
        let questions = Plural.of(summary.needsReview, "question") + " open"
        var counts: [String] = []
        if summary.fail > 0 { counts.append("\(summary.fail) failed (\(severities(findings)))") }
        if summary.needsReview > 0, input.report.verdict != .review { counts.append(questions) }
        counts.append("\(summary.pass) passed")
        if summary.waived > 0 { counts.append("\(summary.waived) waived") }
        let gate = "(--fail-on \(input.failOn.rawValue))"
        switch input.report.verdict {
        case .fail, .pass: return "\(verdictWord) — \(counts.joined(separator: ", ")) \(gate)"
        case .review: return "\(verdictWord) — passes the gate, \(questions); \(counts.joined(separator: ", ")) \(gate)"
        }
    }

    /// `2 errors, 1 warning`: the failures by severity.
    private func severities(_ findings: [Finding]) -> String {
        let failed = findings.filter { $0.status == .fail }
        return Severity.allCases.compactMap { severity in
            let count = failed.filter { $0.severity == severity }.count
            return count == 0 ? nil : Plural.of(count, severity.rawValue)
        }.joined(separator: ", ")
    }
}
