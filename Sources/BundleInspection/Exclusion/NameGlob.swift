/// Matches one path segment against one gitignore glob segment: `*` any run of characters, `?`
/// one character, `[a-z]` and `[!a-z]` a class, `\x` the character `x`.
enum NameGlob {
    /// Whether `name` matches `pattern`.
    static func matches(_ pattern: String, _ name: Substring) -> Bool {
        let tokens = tokenize(pattern)
        let characters = Array(name)
        // reachable[i]: the first i characters are matched by the tokens seen so far.
        var reachable = [Bool](repeating: false, count: characters.count + 1)
        reachable[0] = true
        for token in tokens {
            var next = [Bool](repeating: false, count: characters.count + 1)
            for index in 0...characters.count where reachable[index] {
                switch token {
                case .run:
                    for end in index...characters.count { next[end] = true }
                case .one:
                    if index < characters.count { next[index + 1] = true }
                case .literal(let character):
                    if index < characters.count, characters[index] == character { next[index + 1] = true }
                case .set(let members, let ranges, let negated):
                    guard index < characters.count else { continue }
                    let character = characters[index]
                    let inside = members.contains(character) || ranges.contains { $0.contains(character) }
                    if inside != negated { next[index + 1] = true }
                }
            }
            reachable = next
            if !reachable.contains(true) { return false }
        }
        return reachable[characters.count]
    }

    private enum Token {
        case run
        case one
        case literal(Character)
        case set(Set<Character>, [ClosedRange<Character>], negated: Bool)
    }

    private static func tokenize(_ pattern: String) -> [Token] {
        var tokens: [Token] = []
        var rest = Array(pattern)[...]
        while let character = rest.popFirst() {
            switch character {
            case "*":
                if case .run? = tokens.last { continue }
                tokens.append(.run)
            case "?": tokens.append(.one)
            case "\\": tokens.append(.literal(rest.popFirst() ?? "\\"))
            case "[":
                if let (set, consumed) = characterClass(rest) {
                    tokens.append(set)
                    rest = rest.dropFirst(consumed)
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
            if character == "]", !first { return (.set(members, ranges, negated: negated), index - text.startIndex + 1) }
            first = false
            if index + 2 < text.endIndex, text[index + 1] == "-", text[index + 2] != "]" {
                let upper = text[index + 2]
                if character <= upper { ranges.append(character...upper) }
                index += 3
            } else {
                members.insert(character)
                index += 1
            }
        }
        return nil
    }
}
