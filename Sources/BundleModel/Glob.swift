/// Shell-style patterns: `**` matches any run of characters, `*` any run without `/` (or with it,
/// when the pattern is not path-aware), `?` one character.
public enum Glob {
    private enum Token: Equatable {
        case literal(Character)
        case one
        case run
        case deepRun
    }

    /// Whether `text` matches `pattern`.
    public static func matches(_ pattern: String, _ text: String, pathAware: Bool = false) -> Bool {
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
        }
        return reachable[characters.count]
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
            default: tokens.append(.literal(character))
            }
        }
        return tokens
    }
}
