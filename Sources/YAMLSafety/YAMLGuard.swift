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
    package static func check(
        _ lines: [String], maxAliases: Int = defaultMaxAliases, maxDepth: Int = defaultMaxDepth
    ) -> Violation? {
        var scanner = YAMLGuard(maxAliases: maxAliases, maxDepth: maxDepth)
        for (index, line) in lines.enumerated() {
            if let problem = scanner.scanLine(Array(line.utf8)) { return Violation(problem: problem, lineIndex: index) }
        }
        return nil
    }

    /// The first reason to refuse a whole YAML document; its lines end at LF, CRLF or CR, as
    /// `TextDocument` splits them, so `lineIndex` is 0-based in the same numbering.
    package static func check(
        text: String, maxAliases: Int = defaultMaxAliases, maxDepth: Int = defaultMaxDepth
    ) -> Violation? {
        var scanner = YAMLGuard(maxAliases: maxAliases, maxDepth: maxDepth)
        let bytes = Array(text.utf8)
        var index = 0
        var start = 0
        var position = 0
        while position <= bytes.count {
            let byte = position < bytes.count ? bytes[position] : YAMLByte.lineFeed
            guard byte == YAMLByte.lineFeed || byte == YAMLByte.carriageReturn else {
                position += 1
                continue
            }
            if let problem = scanner.scanLine(Array(bytes[start..<min(position, bytes.count)])) {
                return Violation(problem: problem, lineIndex: index)
            }
            let isCRLF =
                byte == YAMLByte.carriageReturn && position + 1 < bytes.count
                && bytes[position + 1] == YAMLByte.lineFeed
            position += isCRLF ? 2 : 1
            start = position
            index += 1
        }
        return nil
    }

    /// Scans one line, split again where libyaml also breaks lines: NEL (C2 85), LS (E2 80 A8)
    /// and PS (E2 80 A9).
    private mutating func scanLine(_ line: [UInt8]) -> Problem? {
        var start = 0
        var position = 0
        while position < line.count {
            let breakLength = Self.yamlOnlyLineBreakLength(in: line, at: position)
            guard breakLength > 0 else {
                position += 1
                continue
            }
            if let problem = scan(Array(line[start..<position])) { return problem }
            position += breakLength
            start = position
        }
        return scan(Array(line[start...]))
    }

    private static func yamlOnlyLineBreakLength(in line: [UInt8], at position: Int) -> Int {
        if line[position] == 0xC2, position + 1 < line.count, line[position + 1] == 0x85 { return 2 }
        if line[position] == 0xE2, position + 2 < line.count, line[position + 1] == 0x80,
            line[position + 2] == 0xA8 || line[position + 2] == 0xA9
        {
            return 3
        }
        return 0
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
            } else if byte == YAMLByte.pipe || byte == YAMLByte.greaterThan, cursor.atNodeStart,
                cursor.restIsBlockScalarHeader
            {
                let parent = cursor.blockParentIndent
                blockScalar = BlockScalar(
                    parentIndent: parent, contentIndent: cursor.explicitIndentation.map { parent + $0 })
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
