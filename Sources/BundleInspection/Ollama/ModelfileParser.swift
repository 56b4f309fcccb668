import BundleModel

/// Reads an Ollama `Modelfile`: one instruction per line (`FROM`, `LICENSE`, `TEMPLATE`, …, in
/// any case), its value the rest of the line, `"quoted"`, or a `"""` block that may run over
/// many lines; `#` starts a comment line.
enum ModelfileParser {
    /// Whether the file called `name` is a Modelfile (`Modelfile`, `Modelfile.chat`, `llama.modelfile`).
    static func isModelfile(_ name: EntryFileName) -> Bool {
        // Each form starts with `m` or has the extension `modelfile`: most names are cleared by that.
        guard name.firstByte == UInt8(ascii: "m") || name.ext == "modelfile" else { return false }
        let lower = name.lower
        return lower == "modelfile" || lower.hasPrefix("modelfile.") || lower.hasSuffix(".modelfile")
    }

    static func parse(_ document: TextDocument) -> ModelfileInfo {
        var info = ModelfileInfo()
        var index = 0
        let lines = document.lines
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else {
                index += 1
                continue
            }
            let word = trimmed.prefix { $0 != " " && $0 != "\t" }
            let rest = trimmed.dropFirst(word.count).drop { $0 == " " || $0 == "\t" }
            let value = Self.value(rest, lines: lines, at: index)
            switch word.uppercased() {
            case "FROM":
                if info.from == nil {
                    info.from = value.text.trimmingQuotes
                    info.fromLine = index + 1
                }
            case "ADAPTER": info.adapters.append(value.text.trimmingQuotes)
            case "LICENSE": if let span = value.span { info.licenseBlocks.append(span) }
            default: break
            }
            index = value.lastLine + 1
        }
        return info
    }

    /// The text of a `LICENSE` block at `span`, line by line: without the instruction and the
    /// quotes around it.
    static func blockLines(_ document: TextDocument, span: LineSpan) -> [String] {
        let start = max(span.start, 1)
        let end = min(span.end, document.lines.count)
        guard start <= end else { return [] }
        var lines = Array(document.lines[(start - 1)..<end])
        let first = lines[0].drop { $0 == " " || $0 == "\t" }
        if first.prefix(7).uppercased() == "LICENSE" {
            var rest = first.dropFirst(7).drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("\"\"\"") {
                rest = rest.dropFirst(3)
            } else if rest.hasPrefix("\"") {
                rest = rest.dropFirst()
            }
            lines[0] = String(rest)
        }
        if let close = lines[lines.count - 1].range(of: "\"\"\"") {
            lines[lines.count - 1] = String(lines[lines.count - 1][..<close.lowerBound])
        } else if start == end, lines[0].hasSuffix("\"") {
            lines[0] = String(lines[0].dropLast())
        }
        return lines
    }

    /// An instruction's value: its text, the lines the text itself spans (nil when empty), and
    /// the index of the last line the instruction takes.
    private static func value(
        _ rest: Substring, lines: [String], at index: Int
    ) -> (text: String, span: LineSpan?, lastLine: Int) {
        guard rest.hasPrefix("\"\"\"") else {
            let text = String(rest.trimmingTrailingSpaces)
            return (text, text.isEmpty ? nil : LineSpan(start: index + 1, end: index + 1), index)
        }
        let opening = rest.dropFirst(3)
        if let close = opening.range(of: "\"\"\"") {
            let text = String(opening[..<close.lowerBound])
            return (text, text.isEmpty ? nil : LineSpan(start: index + 1, end: index + 1), index)
        }
        var texts = opening.isEmpty ? [] : [String(opening)]
        var first = opening.isEmpty ? index + 2 : index + 1
        var cursor = index + 1
        while cursor < lines.count {
            if let close = lines[cursor].range(of: "\"\"\"") {
                let head = String(lines[cursor][..<close.lowerBound])
                if !head.isEmpty { texts.append(head) }
                let last = head.isEmpty ? cursor : cursor + 1
                if texts.isEmpty { first = last + 1 }
                return (texts.joined(separator: "\n"), texts.isEmpty ? nil : LineSpan(start: first, end: last), cursor)
            }
            texts.append(lines[cursor])
            cursor += 1
        }
        // An unclosed block runs to the end of the file, as Ollama reads it.
        return (
            texts.joined(separator: "\n"), texts.isEmpty ? nil : LineSpan(start: first, end: lines.count),
            lines.count - 1
        )
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}

extension String {
    fileprivate var trimmingQuotes: String {
        count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? String(dropFirst().dropLast()) : self
    }
}
