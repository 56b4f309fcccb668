import BundleModel
import PolicyEngine

/// The facts the check relied on, where they came from, and those it looked for in vain.
struct FactsSection {
    let input: ReportInput

    func lines() -> [String] {
        var lines = ["## Facts used", ""]
        let declared = FactEntries.of(input.facts.facts)
        if let source = input.facts.source, !declared.isEmpty {
            lines.append(
                "The release cannot prove these facts by itself. They were declared in \(describe(source)) and decide the obligations that cite them; if one is wrong, so is every item that relies on it."
            )
            lines.append("")
            lines.append("| Fact | Declared value |")
            lines.append("|---|---|")
            lines += declared.map {
                "| \(MarkdownText.code($0.key, inTable: true)) | \(MarkdownText.inline($0.value)) |"
            }
        } else {
            lines.append(
                "No facts were declared (no `--facts` file and no `clearance.yml` in the release). Every obligation that depends on a fact appears above as a question."
            )
        }
        let declaredKeys = Set(declared.map(\.key))
        let missing = Set(input.rulesThatRan.flatMap(\.rule.decidingFacts)).subtracting(declaredKeys).sorted()
        if !missing.isEmpty {
            lines.append("")
            lines.append(
                "Not declared, so the obligations that depend on them are questions: "
                    + missing.map { MarkdownText.code($0) }.joined(separator: ", ") + ".")
        }
        lines.append("")
        return lines
    }

    private func describe(_ source: String) -> String {
        switch EvidencePlace(Evidence(path: source), input: input) {
        case .bundleFile(let path): "\(MarkdownText.code(path)), a file inside the release,"
        case .bundle, .outside: MarkdownText.code(source)
        }
    }
}
