/// Adds lines to the "License" section of a model card's Markdown body, creating the section at
/// the end when the card has none. Each line becomes a paragraph of its own, after what the
/// section already says; nothing else in the document changes.
struct LicenseSectionEditor {
    private(set) var document: TextLines
    /// The first line of the body (after the front matter).
    private let bodyStart: Int

    init(_ document: TextLines, bodyStart: Int) {
        self.document = document
        self.bodyStart = bodyStart
    }

    /// Appends `paragraphs` to the License section.
    mutating func add(_ paragraphs: [String]) {
        guard !paragraphs.isEmpty else { return }
        let block = paragraphs.flatMap { ["", $0] }
        if let section = licenseSection() {
            let lastText =
                (section.lowerBound..<section.upperBound).last { !isBlank(document.lines[$0].text) }
                ?? section.lowerBound
            if lastText == document.lines.count - 1 { document.closeLastLine() }
            document.lines.insert(contentsOf: document.made(block), at: lastText + 1)
            return
        }
        document.closeLastLine()
        let heading = document.lines.count > bodyStart ? ["", "## License"] : ["## License"]
        document.lines.append(contentsOf: document.made(heading + block))
    }

    /// The lines of the section whose heading starts with "Licen…" (License, Licence, Licensing),
    /// heading included, up to the next heading of the same or a higher level.
    private func licenseSection() -> Range<Int>? {
        var inFence = false
        var start: (index: Int, level: Int)?
        for index in bodyStart..<document.lines.count {
            let text = document.lines[index].text
            if text.drop(while: { $0 == " " }).hasPrefix("```") { inFence.toggle(); continue }
            guard !inFence, let (level, title) = Self.heading(text) else { continue }
            if let found = start {
                if level <= found.level { return found.index..<index }
            } else if title.lowercased().hasPrefix("licen") {
                start = (index, level)
            }
        }
        return start.map { $0.index..<document.lines.count }
    }

    /// The level and title of an ATX heading (`## License`).
    private static func heading(_ line: String) -> (Int, Substring)? {
        let text = line.drop { $0 == " " }
        guard line.count - text.count <= 3 else { return nil }
        let level = text.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = text.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return (level, rest.drop { $0 == " " || $0 == "\t" })
    }

    private func isBlank(_ text: String) -> Bool {
        text.allSatisfy { $0 == " " || $0 == "\t" }
    }
}
