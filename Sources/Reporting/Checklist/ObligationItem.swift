import BundleModel
import PolicyEngine

/// One obligation as a checklist item: ticked when met, with the evidence quoted; open when it is
/// violated (with the remedy), waived (with who accepted it), or a question (with the fact that
/// decides it). Every item cites its clause.
struct ObligationItem {
    /// Pieces of evidence shown before the rest are summarised.
    static let evidenceShown = 8

    let finding: Finding
    let input: ReportInput

    func lines() -> [String] {
        let title = input.rule(for: finding)?.title ?? finding.message
        let mark = finding.status == .pass ? "[x]" : "[ ]"
        var lines = [
            "- \(mark) **\(MarkdownText.inline(title))** — *\(statusLabel)* · \(MarkdownText.inline(finding.reference))"
        ]
        switch finding.status {
        case .pass:
            lines += answerLines
            lines += detail("Found", finding.message)
            lines += evidenceLines
        case .fail:
            lines += answerLines
            lines += detail("Found", finding.message)
            lines += evidenceLines
            lines += detail("**Remedy**", finding.remediation)
        case .needsReview:
            lines += detail("**Question**", finding.question ?? finding.message)
            lines += decidingFactLines
            lines += detail("Found", finding.message)
            lines += evidenceLines
            lines += detail("If the answer means the obligation is not met", finding.remediation)
        case .waived:
            if let waiver = finding.waiver {
                lines += detail(
                    "**Accepted by waiver**",
                    "approved by \(waiver.approvedBy), valid until \(waiver.expires): \(waiver.reason)")
            }
            lines += detail("Found", finding.message)
            lines += evidenceLines
            lines += detail("Remedy (once the waiver ends)", finding.remediation)
        }
        return lines
    }

    private var statusLabel: String {
        switch finding.status {
        case .pass: "met"
        case .fail: input.blocks(finding) ? "not met — blocks publication" : "not met (\(finding.severity.rawValue))"
        case .needsReview: "question for the reviewer"
        case .waived: "not met — risk accepted by a waiver"
        }
    }

    /// The reviewer's answer that settled the question, with who gave it and when.
    private var answerLines: [String] {
        guard let answer = finding.answer else { return [] }
        var lines = detail(
            "**Answered \(answer.answer)**",
            "by \(answer.answeredBy) on \(answer.date)" + (answer.note.map { ": \($0)" } ?? ""))
        if let question = finding.question { lines += detail("Question", question) }
        return lines
    }

    private func detail(_ label: String, _ text: String) -> [String] {
        ["  - \(label): \(MarkdownText.inline(text))"]
    }

    private var evidenceLines: [String] {
        var lines = finding.evidence.prefix(Self.evidenceShown).map {
            "  - Evidence: " + Self.describe($0, input: input)
        }
        let hidden = finding.evidence.count - Self.evidenceShown
        if hidden > 0 { lines.append("  - … and \(hidden) more places (see the JSON report)") }
        return lines
    }

    /// `` `README.md:12` `` “Built with Llama.”
    static func describe(_ evidence: Evidence, input: ReportInput) -> String {
        var place: String
        switch EvidencePlace(evidence, input: input) {
        case .bundle: place = "the release as a whole"
        case .bundleFile(let path): place = MarkdownText.code(path + (evidence.line.map { ":\($0)" } ?? ""))
        case .outside(let path):
            place = MarkdownText.code(path + (evidence.line.map { ":\($0)" } ?? "")) + " (outside the release)"
        }
        if let excerpt = evidence.excerpt, !excerpt.isEmpty {
            place += " — “" + MarkdownText.inline(excerpt) + "”"
        }
        return place
    }

    /// The facts that settle the question, and what the facts file says about each.
    private var decidingFactLines: [String] {
        let keys = input.rule(for: finding)?.decidingFacts ?? []
        guard !keys.isEmpty else {
            return [
                "  - Deciding fact: none; this is the reviewer's judgement"
                    + (finding.evidence.isEmpty ? "." : " on the evidence below.")
            ]
        }
        let declared = Dictionary(
            FactEntries.of(input.facts.facts).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        return keys.map { key in
            let state = declared[key].map { "declared as “\(MarkdownText.inline($0))”" } ?? "not declared in the facts"
            return "  - Deciding fact: \(MarkdownText.code(key)) — \(state)"
        }
    }
}
