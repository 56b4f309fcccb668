import BundleModel

/// Text of a Markdown license that a reader of the rendered page does not see as terms: inside
/// an HTML comment (`<!-- … -->`, not rendered at all) or struck through (`~~…~~`). A license is
/// compared as it reads when rendered, and any such text is an alteration of its own.
enum HiddenMarkdown {
    /// One stretch of hidden or struck text.
    struct Span: Equatable {
        var line: Int
        var endLine: Int
        var text: String
        var isComment: Bool
    }

    /// Whether a file at `path` is rendered as Markdown.
    static func isMarkdown(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// The document as rendered, with hidden and struck text blanked out and line numbers kept,
    /// and the stretches that were.
    static func rendered(_ document: TextDocument) -> (document: TextDocument, spans: [Span]) {
        var scanner = Scanner()
        var lines: [String] = []
        lines.reserveCapacity(document.lines.count)
        for (index, line) in document.lines.enumerated() {
            lines.append(scanner.visible(line, number: index + 1))
        }
        scanner.close(at: document.lines.count)
        guard !scanner.spans.isEmpty else { return (document, []) }
        return (TextDocument(path: document.path, lines: lines, isTruncated: document.isTruncated), scanner.spans)
    }

    /// Walks the lines once, in or out of a comment and a strikethrough.
    private struct Scanner {
        var spans: [Span] = []
        private var open: Span?

        /// What of `line` is rendered as text.
        mutating func visible(_ line: String, number: Int) -> String {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }), open?.isComment == false {
                close(at: number - 1)  // a strikethrough ends with its paragraph
            }
            var shown = ""
            var rest = Substring(line)
            while !rest.isEmpty {
                if let current = open {
                    let closing = current.isComment ? "-->" : "~~"
                    guard let end = rest.range(of: closing) else {
                        extend(with: rest, at: number)
                        rest = ""
                        break
                    }
                    extend(with: rest[..<end.lowerBound], at: number)
                    close(at: number)
                    rest = rest[end.upperBound...]
                    continue
                }
                let comment = rest.range(of: "<!--")
                let strike = rest.range(of: "~~")
                guard let start = [comment, strike].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else {
                    shown += rest
                    break
                }
                shown += rest[..<start.lowerBound]
                open = Span(line: number, endLine: number, text: "", isComment: start == comment)
                rest = rest[start.upperBound...]
            }
            return shown
        }

        private mutating func extend(with text: Substring, at number: Int) {
            guard var current = open else { return }
            current.text += (current.text.isEmpty ? "" : " ") + text.trimmingSpaces()
            current.endLine = number
            open = current
        }

        /// Ends what is open; a comment or strikethrough never closed hides the rest of the file.
        mutating func close(at number: Int) {
            guard var current = open else { return }
            current.endLine = max(current.line, min(current.endLine, number))
            open = nil
            if !current.text.isEmpty { spans.append(current) }
        }
    }

    /// The differences that report `spans` in a match.
    static func differences(for spans: [Span]) -> [TextDifference] {
        spans.map { span in
            let how = span.isComment ? "hidden in an HTML comment" : "struck through"
            let excerpt = span.text.count > 120 ? String(span.text.prefix(117)) + "…" : span.text
            return TextDifference(
                kind: .changed, section: nil, line: span.line, endLine: span.endLine > span.line ? span.endLine : nil,
                excerpt: "\(how): \(excerpt)")
        }
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }
}
