import Foundation

/// Finds a Markdown document's title: its first level-1 heading outside code fences and HTML
/// comments, written `# Title` or underlined with `===`.
enum MarkdownTitle {
    /// The first H1 at or after the 1-based line `start`, as plain text.
    static func firstHeading(in lines: [String], from start: Int) -> String? {
        var fence: (marker: Character, length: Int)?
        var inComment = false
        var index = max(start - 1, 0)
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            let content = line.drop { $0 == " " }
            guard line.count - content.count <= 3 else { continue }
            if let open = fence {
                if closesFence(content, open) { fence = nil }
                continue
            }
            if let marker = content.first, marker == "`" || marker == "~" {
                let length = content.prefix { $0 == marker }.count
                if length >= 3 { fence = (marker, length); continue }
            }
            if inComment || content.hasPrefix("<!--") {
                inComment = !content.contains("-->")
                continue
            }
            if let heading = atxHeading(content) { return heading }
            if index + 1 < lines.count, !content.isEmpty, isSetextUnderline(lines[index + 1]) {
                let text = MarkdownInline.plainText(String(content))
                if !text.isEmpty { return text }
            }
        }
        return nil
    }

    private static func closesFence(_ content: Substring, _ open: (marker: Character, length: Int)) -> Bool {
        let run = content.prefix { $0 == open.marker }
        return run.count >= open.length && content.dropFirst(run.count).allSatisfy(\.isWhitespace)
    }

    private static func atxHeading(_ content: Substring) -> String? {
        guard content.first == "#" else { return nil }
        let rest = content.dropFirst()
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        if let closing = text.lastIndex(where: { $0 != "#" }), text[closing] == " " || text[closing] == "\t" {
            text = String(text[...closing]).trimmingCharacters(in: .whitespaces)
        }
        let plain = MarkdownInline.plainText(text)
        return plain.isEmpty ? nil : plain
    }

    private static func isSetextUnderline(_ line: String) -> Bool {
        let content = line.drop { $0 == " " }
        guard line.count - content.count <= 3, content.first == "=" else { return false }
        return content.drop { $0 == "=" }.allSatisfy(\.isWhitespace)
    }
}
