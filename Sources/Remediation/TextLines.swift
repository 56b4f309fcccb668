/// A text file as lines that keep their own line endings, so that what an edit does not touch is
/// written back byte for byte: the lines, CRLF or CR endings, a missing final newline, a byte
/// order mark.
struct TextLines: Equatable {
    /// One line and the ending that closes it (`""` for a last line without one).
    struct Line: Equatable {
        var text: String
        var ending: String
    }

    var lines: [Line]
    /// The file starts with a UTF-8 byte order mark.
    var hasByteOrderMark: Bool

    /// Splits `text` on LF, CRLF or CR, as the inspector does.
    init(_ text: String) {
        var body = Substring(text)
        hasByteOrderMark = body.unicodeScalars.first == "\u{FEFF}"
        if hasByteOrderMark { body = Substring(body.unicodeScalars.dropFirst()) }
        lines = []
        var current = String.UnicodeScalarView()
        var scalars = body.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\n":
                lines.append(Line(text: String(current), ending: "\n"))
                current = String.UnicodeScalarView()
            case "\r":
                let crlf = pending == "\n"
                if crlf { pending = scalars.next() }
                lines.append(Line(text: String(current), ending: crlf ? "\r\n" : "\r"))
                current = String.UnicodeScalarView()
            default:
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(Line(text: String(current), ending: "")) }
    }

    /// The text, exactly as it was read where nothing changed.
    var text: String {
        (hasByteOrderMark ? "\u{FEFF}" : "") + lines.map { $0.text + $0.ending }.joined()
    }

    /// The ending new lines get: the file's first one, else LF.
    var newline: String {
        lines.first { !$0.ending.isEmpty }?.ending ?? "\n"
    }

    /// New lines with the file's ending.
    func made(_ texts: [String]) -> [Line] {
        texts.map { Line(text: $0, ending: newline) }
    }

    /// Gives the last line an ending, so that lines can follow it.
    mutating func closeLastLine() {
        guard let last = lines.indices.last, lines[last].ending.isEmpty else { return }
        lines[last].ending = newline
    }
}
