/// Why policies, facts or waivers could not be loaded. Each case names the file, and the line
/// where one is known; all of them mean exit status 2.
public enum PolicyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadable(file: String, reason: String)
    /// The YAML does not parse.
    case invalidYAML(file: String, line: Int?, reason: String)
    /// A key the schema does not have (a typo, or a newer schema).
    case unknownKey(file: String, line: Int?, key: String)
    /// A value of the wrong type, a missing required key, or an unknown enumeration value.
    case invalidValue(file: String, line: Int?, reason: String)
    /// Two packs define the same license or rule id.
    case duplicate(file: String, id: String)
    /// A check kind is given parameters it cannot use, or lacks ones it needs.
    case invalidCheck(file: String, rule: String, reason: String)
    /// A waiver or an answer names a rule the policies in force do not have.
    case unknownRule(file: String, line: Int?, key: String, ruleId: String, suggestion: String?)

    /// One line naming the file, the line and the cause.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot be read: \(reason)"
        case .invalidYAML(let file, let line, let reason): "\(Self.location(file, line)): invalid YAML: \(reason)"
        case .unknownKey(let file, let line, let key): "\(Self.location(file, line)): unknown key '\(key)'"
        case .invalidValue(let file, let line, let reason): "\(Self.location(file, line)): \(reason)"
        case .duplicate(let file, let id): "\(file): '\(id)' is defined more than once"
        case .invalidCheck(let file, let rule, let reason): "\(file): rule \(rule): \(reason)"
        case .unknownRule(let file, let line, let key, let ruleId, let suggestion):
            "\(Self.location(file, line)): \(key) '\(ruleId)' is not a rule of the policies in force; "
                + (suggestion.map { "did you mean '\($0)'?" } ?? "`clearance policies list --rules` lists them")
        }
    }

    private static func location(_ file: String, _ line: Int?) -> String {
        line.map { "\(file):\($0)" } ?? file
    }
}
