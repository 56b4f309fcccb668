/// Edits the top-level keys of a Markdown document's YAML front matter line by line, leaving
/// every other line as it was: comments, key order, quoting, block scalars, nested mappings and
/// line endings. It never re-serialises the YAML; a key's value is the key's line and the lines
/// that continue it (indented, or `- ` items of a block list).
struct FrontMatterEditor {
    /// The document as edited so far.
    private(set) var document: TextLines
    /// The index of the closing `---`, or nil while the document has no front matter.
    private var closing: Int?

    /// Front matter that opens with `---` and never closes cannot be edited line by line.
    struct Unclosed: Error {}

    /// A top-level key and the lines of its entry.
    struct Entry {
        var key: String
        var lines: Range<Int>
    }

    init(_ document: TextLines) throws(Unclosed) {
        self.document = document
        guard let first = document.lines.first, Self.isDelimiter(first.text, allowingEllipsis: false) else { return }
        guard
            let end = document.lines.indices.dropFirst().first(where: {
                Self.isDelimiter(document.lines[$0].text, allowingEllipsis: true)
            })
        else { throw Unclosed() }
        closing = end
    }

    /// The index of the body's first line: the line after the closing `---`, or the first line.
    var bodyStart: Int { closing.map { $0 + 1 } ?? 0 }

    /// The entries of the front matter, in order.
    var entries: [Entry] {
        guard let closing else { return [] }
        var found: [Entry] = []
        var index = 1
        while index < closing {
            guard let key = Self.key(of: document.lines[index].text) else { index += 1; continue }
            var end = index + 1
            var scan = index + 1
            while scan < closing, Self.key(of: document.lines[scan].text) == nil {
                if Self.continues(document.lines[scan].text) { end = scan + 1 }
                scan += 1
            }
            found.append(Entry(key: key, lines: index..<end))
            index = end
        }
        return found
    }

    /// The entry of `key`, if the front matter has one.
    func entry(_ key: String) -> Entry? {
        entries.first { $0.key == key }
    }

    /// Sets `key` to `value`. An existing entry is replaced in the style it was written in (quotes,
    /// flow or block list and its indentation), its old lines kept as comments under `note` when
    /// one is given; a new key goes after the first of `anchors` the front matter has, else last.
    /// Creates the front matter when the document has none.
    mutating func set(_ key: String, to value: YAMLValue, note: String? = nil, after anchors: [String] = []) {
        if closing == nil {
            document.lines.insert(contentsOf: document.made(["---", "---"]), at: 0)
            closing = 1
        }
        if let existing = entry(key) {
            let old = document.lines[existing.lines].map(\.text)
            var replacement = note.map { ["# \($0)"] + old.map { "# \($0)" } } ?? []
            replacement += render(key, value, like: old)
            replace(existing.lines, with: replacement)
            return
        }
        let present = entries
        let anchor = anchors.lazy.compactMap { key in present.first { $0.key == key } }.first
        let position = anchor?.lines.upperBound ?? (closing ?? 1)
        replace(position..<position, with: render(key, value, like: []))
    }

    private mutating func replace(_ range: Range<Int>, with texts: [String]) {
        document.lines.replaceSubrange(range, with: document.made(texts))
        closing = closing.map { $0 - range.count + texts.count }
    }

    /// `key: value` as lines, in the style of the entry's `old` lines where it had one.
    private func render(_ key: String, _ value: YAMLValue, like old: [String]) -> [String] {
        let oldValue = old.first.map(Self.valueText) ?? ""
        switch value {
        case .scalar(let text):
            return ["\(key): \(YAMLValue.scalar(text, quoting: .init(of: oldValue)))"]
        case .list(let items):
            if oldValue.hasPrefix("[") {
                return ["\(key): [\(items.map { YAMLValue.scalar($0) }.joined(separator: ", "))]"]
            }
            let dash = old.dropFirst().first(where: Self.isListItem).map(Self.dashIndent) ?? documentDashIndent
            return ["\(key):"] + items.map { dash + "- " + YAMLValue.scalar($0) }
        }
    }

    /// How the front matter indents its block lists (`- ` at the margin when it has none).
    private var documentDashIndent: String {
        guard let closing else { return "" }
        return document.lines[1..<closing].map(\.text).first(where: Self.isListItem).map(Self.dashIndent) ?? ""
    }

    private static func isDelimiter(_ line: String, allowingEllipsis: Bool) -> Bool {
        var text = Substring(line)
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text == "---" || (allowingEllipsis && text == "...")
    }

    /// The key a line at the margin starts (`key:`, `"key":`), or nil for any other line.
    private static func key(of line: String) -> String? {
        guard let first = line.first, !" \t#-".contains(first) else { return nil }
        var text = Substring(line)
        var key: Substring
        if first == "\"" || first == "'" {
            guard let close = text.dropFirst().firstIndex(of: first) else { return nil }
            key = text[text.index(after: text.startIndex)..<close]
            text = text[text.index(after: close)...]
        } else {
            guard let colon = text.firstIndex(of: ":") else { return nil }
            key = text[..<colon]
            text = text[colon...]
            while let last = key.last, last == " " { key = key.dropLast() }
        }
        guard text.first == ":" else { return nil }
        let rest = text.dropFirst()
        return rest.isEmpty || rest.first == " " || rest.first == "\t" ? String(key) : nil
    }

    /// Whether a line belongs to the value above it: indented, or an item of a block list at the margin.
    private static func continues(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        if first == " " || first == "\t" { return !line.allSatisfy { $0 == " " || $0 == "\t" } }
        return isListItem(line) && line.first == "-"
    }

    private static func isListItem(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed == "-" || trimmed.hasPrefix("- ")
    }

    private static func dashIndent(_ line: String) -> String {
        String(line.prefix { $0 == " " })
    }

    /// What follows `key:` on an entry's first line, without leading spaces.
    private static func valueText(_ line: String) -> Substring {
        guard let colon = line.firstIndex(of: ":") else { return "" }
        return line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
    }
}
