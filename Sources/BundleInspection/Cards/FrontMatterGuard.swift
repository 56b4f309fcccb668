/// A lexical pass over front matter before it reaches the YAML parser, refusing what could make
/// parsing slow or deep: more aliases than a small count ("billion laughs": an alias used as a
/// mapping key is hashed through its whole expansion) and deep nesting.
///
/// It follows quoted scalars, comments and block scalars as libyaml does, and where it cannot
/// be sure it errs towards counting too much, never too little.
struct FrontMatterGuard {
    /// Why front matter was refused, and on which of its lines (0-based).
    struct Violation: Equatable {
        var reason: String
        var lineIndex: Int
    }

    /// A block scalar (`|`, `>`) being skipped.
    private struct BlockScalar {
        var parentIndent: Int
        var contentIndent: Int?
    }

    static let maxAliases = 10
    static let maxDepth = 64

    private var quote: UInt8?
    private var blockScalar: BlockScalar?
    private var flowDepth = 0
    private var indents: [Int] = []
    private var aliases = 0

    /// The first reason to refuse `lines`, or nil when they are safe to parse. Lines are split
    /// again where libyaml also breaks them (NEL, LS, PS).
    static func check(_ lines: [String]) -> Violation? {
        var scanner = FrontMatterGuard()
        for (index, line) in lines.enumerated() {
            for piece in line.split(omittingEmptySubsequences: false, whereSeparator: isYAMLOnlyLineBreak) {
                if let reason = scanner.scan(Array(piece.utf8)) { return Violation(reason: reason, lineIndex: index) }
            }
        }
        return nil
    }

    private static func isYAMLOnlyLineBreak(_ character: Character) -> Bool {
        character == "\u{85}" || character == "\u{2028}" || character == "\u{2029}"
    }

    private mutating func scan(_ line: [UInt8]) -> String? {
        let indent = line.prefix { $0 == YAMLByte.space }.count
        let isBlank = line.allSatisfy { $0 == YAMLByte.space || $0 == YAMLByte.tab }
        if let block = blockScalar {
            if isBlank { return nil }
            if let content = block.contentIndent, indent >= content { return nil }
            if block.contentIndent == nil, indent > block.parentIndent {
                blockScalar?.contentIndent = indent
                return nil
            }
            blockScalar = nil
        }
        if quote == nil, flowDepth == 0, !isBlank, line[indent] != YAMLByte.hash {
            while let last = indents.last, last >= indent { indents.removeLast() }
            indents.append(indent)
            if indents.count > Self.maxDepth { return "nesting deeper than \(Self.maxDepth) levels" }
        }
        return scanCharacters(line, from: quote == nil ? indent : 0)
    }

    private mutating func scanCharacters(_ line: [UInt8], from start: Int) -> String? {
        var cursor = FrontMatterCursor(line: line, position: start, atNodeStart: quote == nil)
        while let byte = cursor.current {
            if let open = quote {
                cursor.skipQuoted(open, closing: &quote)
            } else if byte == YAMLByte.hash, cursor.followsWhitespace {
                return nil
            } else if byte == YAMLByte.singleQuote || byte == YAMLByte.doubleQuote, cursor.atNodeStart {
                quote = byte
                cursor.advance(startingNode: false)
            } else if byte == YAMLByte.asterisk, cursor.followsIndicatorOrSpace, cursor.nextIsAnchorCharacter {
                aliases += 1
                if aliases > Self.maxAliases { return "more than \(Self.maxAliases) aliases" }
                cursor.advance(startingNode: false)
            } else if byte == YAMLByte.ampersand || byte == YAMLByte.exclamation, cursor.atNodeStart {
                cursor.skipProperty()
            } else if byte == YAMLByte.pipe || byte == YAMLByte.greaterThan, cursor.atNodeStart, cursor.restIsBlockScalarHeader {
                let parent = cursor.blockParentIndent
                blockScalar = BlockScalar(parentIndent: parent, contentIndent: cursor.explicitIndentation.map { parent + $0 })
                return nil
            } else if byte == YAMLByte.openBracket || byte == YAMLByte.openBrace, cursor.atNodeStart || flowDepth > 0 {
                flowDepth += 1
                if let reason = depthViolation(cursor) { return reason }
                cursor.advance(startingNode: true)
            } else if byte == YAMLByte.closeBracket || byte == YAMLByte.closeBrace, flowDepth > 0 {
                flowDepth -= 1
                cursor.advance(startingNode: false)
            } else if byte == YAMLByte.comma, flowDepth > 0 {
                cursor.advance(startingNode: true)
            } else if byte == YAMLByte.dash || byte == YAMLByte.question, cursor.atNodeStart, cursor.nextIsSpaceOrEnd {
                cursor.passIndicator()
                if let reason = depthViolation(cursor) { return reason }
            } else if byte == YAMLByte.colon, cursor.nextIsSpaceOrEnd || flowDepth > 0 {
                cursor.passValueIndicator()
            } else if byte == YAMLByte.space || byte == YAMLByte.tab {
                cursor.advanceOverSpace()
            } else {
                cursor.advance(startingNode: false)
            }
        }
        return nil
    }

    private func depthViolation(_ cursor: FrontMatterCursor) -> String? {
        indents.count + cursor.indicators + flowDepth > Self.maxDepth ? "nesting deeper than \(Self.maxDepth) levels" : nil
    }
}
