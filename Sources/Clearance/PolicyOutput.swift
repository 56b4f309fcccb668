/// What a `policies` command prints: text for people, and the same as a JSON document.
public struct PolicyOutput: Sendable {
    /// The text for people.
    public let text: String
    /// The JSON document, keys sorted, ending with a newline.
    public let json: String
}

/// A name given to a `policies` command that the policies do not have.
public enum PolicyLookupError: Error, Equatable, CustomStringConvertible {
    /// No license pack has this id, Hugging Face identifier or alias; the nearest, if any.
    case noPack(String, suggestion: String?)
    /// No rule has this id; the nearest, if any.
    case noRule(String, suggestion: String?)

    public var description: String {
        switch self {
        case .noPack(let name, let suggestion):
            let hint =
                suggestion.map { "did you mean '\($0)'?" } ?? "`clearance policies list` shows the ones there are"
            return "no policy pack for '\(name)'; \(hint)"
        case .noRule(let name, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'?" } ?? "`clearance policies list --rules` lists them"
            return "no rule '\(name)'; \(hint)"
        }
    }
}
