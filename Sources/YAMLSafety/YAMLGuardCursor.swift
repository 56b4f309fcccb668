/// A position in one line of YAML, with what the grammar allows there.
struct YAMLGuardCursor {
    let line: [UInt8]
    private(set) var position: Int
    /// A node may start here (after indentation, an indicator, or a flow separator).
    private(set) var atNodeStart: Bool
    /// Leading `- ` and `? ` indicators passed on this line.
    private(set) var indicators = 0
    private var lastIndicatorColumn: Int?
    private var entryColumn: Int
    private var sawValueIndicator = false

    init(line: [UInt8], position: Int, atNodeStart: Bool) {
        self.line = line
        self.position = position
        self.atNodeStart = atNodeStart
        entryColumn = position
    }

    var current: UInt8? { position < line.count ? line[position] : nil }

    private var previous: UInt8? { position > 0 ? line[position - 1] : nil }

    private var next: UInt8? { position + 1 < line.count ? line[position + 1] : nil }

    /// At the start of the line or after a space: where a comment may begin.
    var followsWhitespace: Bool { previous.map { $0 == YAMLByte.space || $0 == YAMLByte.tab } ?? true }

    /// Where libyaml could read an alias (counted generously: any token boundary).
    var followsIndicatorOrSpace: Bool {
        previous.map {
            [
                YAMLByte.space, YAMLByte.tab, YAMLByte.openBracket, YAMLByte.openBrace, YAMLByte.comma, YAMLByte.colon,
                YAMLByte.dash, YAMLByte.question,
            ].contains($0)
        } ?? true
    }

    var nextIsAnchorCharacter: Bool {
        next.map(YAMLByte.isAnchorCharacter) ?? false
    }

    var nextIsSpaceOrEnd: Bool { next.map { $0 == YAMLByte.space || $0 == YAMLByte.tab } ?? true }

    /// The rest of the line after `|` or `>` is only indentation and chomping indicators, then a comment or nothing.
    var restIsBlockScalarHeader: Bool {
        var index = position + 1
        while index < line.count,
            line[index] == YAMLByte.plus || line[index] == YAMLByte.dash || (0x31...0x39).contains(line[index])
        { index += 1 }
        guard index < line.count else { return true }
        guard line[index] == YAMLByte.space || line[index] == YAMLByte.tab else { return false }
        let rest = line[index...].drop { $0 == YAMLByte.space || $0 == YAMLByte.tab }
        return rest.first.map { $0 == YAMLByte.hash } ?? true
    }

    /// An explicit indentation indicator (`|2`).
    var explicitIndentation: Int? {
        var index = position + 1
        while index < line.count,
            line[index] == YAMLByte.plus || line[index] == YAMLByte.dash || (0x31...0x39).contains(line[index])
        {
            if (0x31...0x39).contains(line[index]) { return Int(line[index] - 0x30) }
            index += 1
        }
        return nil
    }

    /// The indentation a block scalar's content must exceed. Estimated at or above libyaml's, so
    /// that lines are skipped only when libyaml also treats them as content.
    var blockParentIndent: Int {
        sawValueIndicator ? entryColumn : (lastIndicatorColumn ?? entryColumn)
    }

    mutating func advance(startingNode: Bool) {
        position += 1
        atNodeStart = startingNode
    }

    mutating func advanceOverSpace() {
        position += 1
    }

    /// Passes `- ` or `? `: a node starts after it.
    mutating func passIndicator() {
        if !sawValueIndicator {
            lastIndicatorColumn = position
            indicators += 1
        }
        position += 1
        while current == YAMLByte.space { position += 1 }
        if !sawValueIndicator { entryColumn = position }
        atNodeStart = true
    }

    /// Passes `:`: the value starts after it.
    mutating func passValueIndicator() {
        sawValueIndicator = true
        advance(startingNode: true)
    }

    /// Passes an anchor or tag (`&name`, `!tag`): a node may still start after it.
    mutating func skipProperty() {
        while let byte = current, byte != YAMLByte.space, byte != YAMLByte.tab { position += 1 }
    }

    /// Passes one character inside a quoted scalar, closing it when it ends.
    mutating func skipQuoted(_ open: UInt8, closing quote: inout UInt8?) {
        let byte = line[position]
        if open == YAMLByte.singleQuote, byte == YAMLByte.singleQuote {
            if next == YAMLByte.singleQuote {
                position += 2
                return
            }
            quote = nil
        } else if open == YAMLByte.doubleQuote, byte == YAMLByte.backslash {
            position += 2
            return
        } else if open == YAMLByte.doubleQuote, byte == YAMLByte.doubleQuote {
            quote = nil
        }
        advance(startingNode: false)
    }
}
