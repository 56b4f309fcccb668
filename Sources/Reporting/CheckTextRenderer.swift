import BundleModel

/// The report `clearance check` prints for a person. By default: the failures and open questions,
/// grouped by upstream license, each with its evidence and the fix or the question, then the
/// verdict line. `--verbose` adds every met obligation with its evidence; `--quiet` prints only the
/// verdict line. Long lines wrap at the terminal's width.
public struct CheckTextRenderer: Reporter {
    public let style: TextStyle
    public let layout: TextLayout

    /// Pieces of evidence shown for a finding before the rest are counted.
    static let evidenceShown = 4
    /// Characters of an excerpt shown before it is cut.
    static let excerptShown = 160

    public init(style: TextStyle, layout: TextLayout = TextLayout()) {
        self.style = style
        self.layout = layout
    }

    public func render(_ input: ReportInput) -> String {
        let report = input.report
        guard layout.detail != .verdict else { return VerdictLine(input: input, style: style).text + "\n" }
        var lines = wrap(
            "clearance check \(Self.printable(report.subject.path)) (\(report.subject.format.rawValue))", first: "",
            rest: "  ")
        lines[0] = style.bold(lines[0])
        let upstream = input.upstreamLicenses
        lines += wrap(
            "Upstream licenses: " + (upstream.isEmpty ? "none determined" : upstream.joined(separator: ", ")),
            first: "", rest: "  ")
        if let openness = report.openness { lines += wrap(OpennessWords.summary(openness), first: "", rest: "  ") }
        let notes = BundleReadingNotes(exclusions: report.exclusions ?? [], artifacts: report.artifacts)
        lines += notes.sentences.map(Self.printable)
        for group in FindingGroups.of(report.findings) {
            let shown = group.findings.filter(isShown)
            guard !shown.isEmpty else { continue }
            lines.append("")
            lines.append(style.bold(heading(group.license, input: input)))
            for finding in shown { lines += render(finding) }
        }
        lines.append("")
        lines += VerdictLine(input: input, style: style).lines(width: layout.width)
        return lines.joined(separator: "\n") + "\n"
    }

    private func isShown(_ finding: Finding) -> Bool {
        switch finding.status {
        case .fail, .needsReview: true
        case .pass, .waived: layout.detail == .everything
        }
    }

    private func heading(_ license: String?, input: ReportInput) -> String {
        guard let license else { return FindingGroups.generalTitle }
        let name = input.licenseName(license)
        return name == license ? license : "\(name) (\(license))"
    }

    private static let indent = "            "

    private func render(_ finding: Finding) -> [String] {
        let (markText, paint) = mark(finding.status)
        var lines = wrap(Self.printable(finding.message), first: "  \(markText)  ")
        if let first = lines.first {
            lines[0] = "  " + paint(markText) + String(first.dropFirst(2 + markText.count))
        }
        let detail = "\(finding.ruleId) · \(finding.category.rawValue) · \(finding.level) · \(finding.reference)"
        lines += wrap(detail, first: Self.indent).map(style.dim)
        for evidence in finding.evidence.prefix(Self.evidenceShown) {
            lines += wrap("at " + Self.printable(describe(evidence)), first: Self.indent, rest: Self.indent + "   ")
        }
        if finding.evidence.count > Self.evidenceShown {
            lines.append(
                Self.indent
                    + "… and \(Plural.of(finding.evidence.count - Self.evidenceShown, "more place")) (see --format json)"
            )
        }
        if let answer = finding.answer {
            lines += wrap(
                Self.printable(answer.sentence.prefix(1).uppercased() + answer.sentence.dropFirst()), first: Self.indent
            )
        }
        switch finding.status {
        case .fail: lines += labelled("fix: ", finding.remediation)
        case .needsReview: if let question = finding.question { lines += labelled("question: ", question) }
        case .waived:
            if let waiver = finding.waiver {
                lines += wrap(
                    Self.printable("waived by \(waiver.approvedBy) until \(waiver.expires): \(waiver.reason)"),
                    first: Self.indent)
            }
        case .pass: break
        }
        return lines
    }

    private func describe(_ evidence: Evidence) -> String {
        var text = evidence.path.isEmpty ? "(bundle)" : evidence.path
        if let line = evidence.line { text += ":\(line)" }
        if let excerpt = evidence.excerpt, !excerpt.isEmpty {
            let cut = excerpt.count > Self.excerptShown ? String(excerpt.prefix(Self.excerptShown - 1)) + "…" : excerpt
            text += "  “\(cut)”"
        }
        return text
    }

    private func labelled(_ label: String, _ text: String) -> [String] {
        var lines = wrap(
            label + Self.printable(text), first: Self.indent,
            rest: Self.indent + String(repeating: " ", count: label.count))
        if let first = lines.first {
            lines[0] = Self.indent + style.bold(label) + String(first.dropFirst(Self.indent.count + label.count))
        }
        return lines
    }

    private func wrap(_ text: String, first: String, rest: String? = nil) -> [String] {
        TextWrap.lines(
            text, width: layout.width, first: first, rest: rest ?? String(repeating: " ", count: first.count))
    }

    /// Text from the bundle or the waivers with its control and bidirectional characters shown as
    /// visible escapes (`VisibleText`).
    public static func printable(_ text: String) -> String {
        VisibleText.escaped(text)
    }

    private func mark(_ status: FindingStatus) -> (String, (String) -> String) {
        switch status {
        case .pass: ("✓ pass  ", style.green)
        case .fail: ("✗ FAIL  ", style.red)
        case .needsReview: ("? review", style.yellow)
        case .waived: ("~ waived", style.blue)
        }
    }
}
