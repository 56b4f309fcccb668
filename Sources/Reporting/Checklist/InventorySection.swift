import BundleModel

/// Every file of the release: path, kind, format, size and, when computed, SHA-256.
struct InventorySection {
    let input: ReportInput

    func lines() -> [String] {
        let artifacts = input.report.artifacts
        let total = artifacts.reduce(UInt64(0)) { $0 + $1.size }
        var lines = ["## Artifact inventory", ""]
        guard !artifacts.isEmpty else { return lines + ["The release contains no files.", ""] }
        let withDigests = artifacts.contains { $0.sha256 != nil }
        lines.append(
            "\(artifacts.count) \(artifacts.count == 1 ? "file" : "files"), \(size(total)) in total.\(withDigests ? "" : " Digests were not computed; run with `--hash` to list the SHA-256 of every file.")"
        )
        lines += exclusionLines
        let links = BundleReadingNotes(exclusions: [], artifacts: artifacts).linkSentences
        if !links.isEmpty { lines += [""] + links.map { "- " + MarkdownText.inline($0) } }
        lines.append("")
        lines.append(withDigests ? "| Path | Kind | Format | Size | SHA-256 |" : "| Path | Kind | Format | Size |")
        lines.append(withDigests ? "|---|---|---|---:|---|" : "|---|---|---|---:|")
        for artifact in artifacts {
            var row =
                "| \(MarkdownText.code(artifact.path, inTable: true)) | \(artifact.kind.rawValue) | \(artifact.format.rawValue) | \(size(artifact.size)) |"
            if withDigests { row += " \(artifact.sha256.map { MarkdownText.code($0, inTable: true) } ?? "—") |" }
            lines.append(row)
        }
        lines.append("")
        return lines
    }

    /// What the exclusion rules kept out: every rule a user gave, and the built-in ones that applied.
    private var exclusionLines: [String] {
        let shown = (input.report.exclusions ?? []).filter { $0.origin != "built-in" || $0.files > 0 }
        guard !shown.isEmpty else { return [] }
        return [""]
            + shown.map { exclusion in
                if exclusion.pattern.hasPrefix("!") {
                    let origin = MarkdownText.inline(exclusion.origin)
                    return "- Included again by \(MarkdownText.code(exclusion.pattern)) (\(origin))."
                }
                let what =
                    exclusion.files == 0
                    ? "nothing" : "\(Plural.of(exclusion.files, "file")) (\(size(exclusion.bytes)))"
                return
                    "- Excluded by \(MarkdownText.code(exclusion.pattern)) (\(MarkdownText.inline(exclusion.origin))): \(what)."
            }
    }

    /// `122 B`, or `4.63 GiB (4,976,698,672 bytes)` so the exact size is on record.
    private func size(_ bytes: UInt64) -> String {
        bytes < 1024 ? ByteCount.format(bytes) : "\(ByteCount.format(bytes)) (\(ParameterCount.grouped(bytes)) bytes)"
    }
}
