/// A lexical pass over YAML before it reaches the parser, refusing what could make parsing, or
/// walking what the parser returns, slow or deep: more aliases than a small count ("billion
/// laughs": Yams expands every alias, and hashes an alias used as a mapping key through its whole
/// expansion) and deep nesting.
///
/// It follows quoted scalars, comments and block scalars as libyaml does, and where it cannot
/// be sure it errs towards counting too much, never too little.
package struct YAMLGuard {
    /// Why YAML was refused, and on which of its lines (0-based).
    package struct Violation: Equatable, Sendable {
        package var problem: Problem
        package var lineIndex: Int

        /// A phrase for messages: "more than 10 aliases".
        package var reason: String {
            switch problem {
            case .tooManyAliases(let limit): "more than \(limit) aliases"
            case .tooDeep(let limit): "nesting deeper than \(limit) levels"
            }
        }
    }

    /// What was over the limit.
    package enum Problem: Equatable, Sendable {
        case tooManyAliases(limit: Int)
        case tooDeep(limit: Int)
    }

    /// A block scalar (`|`, `>`) being skipped.
    private struct BlockScalar {
        var parentIndent: Int
        var contentIndent: Int?
    }

    /// The limits model cards are held to.
    package static let defaultMaxAliases = 10
    package static let defaultMaxDepth = 64

    private let maxAliases: Int
    private let maxDepth: Int
    private var quote: UInt8?
    private var blockScalar: BlockScalar?
    private var flowDepth = 0
    private var indents: [Int] = []
    private var aliases = 0

    /// The first reason to refuse `lines`, or nil when they are safe to parse. Lines are split
    /// again where libyaml also breaks them (NEL, LS, PS).
    package static func check(_ lines: [String], maxAliases: Int = defaultMaxAliases, maxDepth: Int = defaultMaxDepth) -> Violation? {
        var scanner = YAMLGuard(maxAliases: maxAliases, maxDepth: maxDepth)
        for (index, line) in lines.enumerated() {
            for piece in line.split(omittingEmptySubsequences: false, whereSeparator: isYAMLOnlyLineBreak) {
                if let problem = scanner.scan(Array(piece.utf8)) { return Violation(problem: problem, lineIndex: index) }
            }
        }
        return nil
    }

    private static func isYAMLOnlyLineBreak(_ character: Character) -> Bool {
        character == "\u{85}" || character == "\u{2028}" || character == "\u{2029}"
    }

    private init(maxAliases: Int, maxDepth: Int) {
        self.maxAliases = maxAliases
        self.maxDepth = maxDepth
    }

    private mutating func scan(_ line: [UInt8]) -> Problem? {
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
            if indents.count > maxDepth { return .tooDeep(limit: maxDepth) }
        }
        return scanCharacters(line, from: quote == nil ? indent : 0)
    }

    private mutating func scanCharacters(_ line: [UInt8], from start: Int) -> Problem? {
        var cursor = YAMLGuardCursor(line: line, position: start, atNodeStart: quote == nil)
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
                if aliases > maxAliases { return .tooManyAliases(limit: maxAliases) }
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

    private func depthViolation(_ cursor: YAMLGuardCursor) -> Problem? {
        indents.count + cursor.indicators + flowDepth > maxDepth ? .tooDeep(limit: maxDepth) : nil
    }
}
