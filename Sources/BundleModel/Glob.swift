/// Shell-style patterns: `**` matches any run of characters, `*` any run without `/` (or with it,
/// when the pattern is not path-aware), `?` one character, `[a-z]` and `[!a-z]` a class of
/// characters, `\x` the character `x`.
public enum Glob {
    private enum Token: Equatable {
        case literal(Character)
        case one
        case run
        case deepRun
        case set(Set<Character>, [ClosedRange<Character>], negated: Bool)
    }

    /// Whether `text` matches `pattern`.
    public static func matches(_ pattern: String, _ text: String, pathAware: Bool = false) -> Bool {
        // A pattern without special characters is its own text: most exclusion segments are
        // names (`.git`, `huggingface`), matched against every path component of a bundle.
        if isLiteral(pattern) { return pattern == text }
        let tokens = tokenize(pattern)
        let characters = Array(text)
        // reachable[i] is true when the first i characters can be matched by the tokens seen so far.
        var reachable = [Bool](repeating: false, count: characters.count + 1)
        reachable[0] = true
        for token in tokens {
            var next = [Bool](repeating: false, count: characters.count + 1)
            for index in 0...characters.count where reachable[index] {
                switch token {
                case .literal(let character):
                    if index < characters.count, characters[index] == character { next[index + 1] = true }
                case .one:
                    if index < characters.count, !(pathAware && characters[index] == "/") { next[index + 1] = true }
                case .set(let members, let ranges, let negated):
                    guard index < characters.count, !(pathAware && characters[index] == "/") else { continue }
                    let character = characters[index]
                    let inside = members.contains(character) || ranges.contains { $0.contains(character) }
                    if inside != negated { next[index + 1] = true }
                case .run, .deepRun:
                    next[index] = true
                    var end = index
                    while end < characters.count, token == .deepRun || !pathAware || characters[end] != "/" {
                        end += 1
                        next[end] = true
                    }
                }
            }
            reachable = next
            if !reachable.contains(true) { return false }
        }
        return reachable[characters.count]
    }

    /// Whether `pattern` has no special character, so that it matches only its own text.
    public static func isLiteral(_ pattern: String) -> Bool {
        !pattern.utf8.contains(where: isSpecial)
    }

    /// `*`, `?`, `[` and `\\`, the bytes that make a pattern more than its text.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "*") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "[")
            || byte == UInt8(ascii: "\\")
    }

    private static func tokenize(_ pattern: String) -> [Token] {
        var tokens: [Token] = []
        var characters = Array(pattern)[...]
        while let character = characters.popFirst() {
            switch character {
            case "*":
                if characters.first == "*" {
                    characters.removeFirst()
                    tokens.append(.deepRun)
                } else {
                    tokens.append(.run)
                }
            case "?": tokens.append(.one)
            case "\\": tokens.append(.literal(characters.popFirst() ?? "\\"))
            case "[":
                if let (set, consumed) = characterClass(characters) {
                    tokens.append(set)
                    characters = characters.dropFirst(consumed)
                } else {
                    tokens.append(.literal("["))
                }
            default: tokens.append(.literal(character))
            }
        }
        return tokens
    }

    /// The class that starts after a `[`, and how many characters it took (the `]` included);
    /// nil when the bracket is never closed, so it is a literal `[`.
    private static func characterClass(_ text: ArraySlice<Character>) -> (Token, Int)? {
        var index = text.startIndex
        let negated = index < text.endIndex && (text[index] == "!" || text[index] == "^")
        if negated { index += 1 }
        var members = Set<Character>()
        var ranges: [ClosedRange<Character>] = []
        var first = true
        while index < text.endIndex {
            let character = text[index]
            if character == "]", !first {
                return (.set(members, ranges, negated: negated), index - text.startIndex + 1)
            }
            first = false
            if index + 2 < text.endIndex, text[index + 1] == "-", text[index + 2] != "]" {
                if character <= text[index + 2] { ranges.append(character...text[index + 2]) }
                index += 3
            } else {
                members.insert(character)
                index += 1
            }
        }
        return nil
    }
}
