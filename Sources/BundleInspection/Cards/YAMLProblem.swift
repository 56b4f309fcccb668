import Yams

/// A Yams error reduced to what a defect needs: the problem and its 1-based line in the YAML text.
struct YAMLProblem {
    var reason: String
    var line: Int?

    init(_ error: any Error) {
        switch error as? YamlError {
        case let .scanner(_, problem, mark, _)?, let .parser(_, problem, mark, _)?, let .composer(_, problem, mark, _)?:
            reason = problem
            line = mark.line
        case let .duplicatedKeysInMapping(duplicates, context)?:
            reason = "duplicate key \(duplicates.joined(separator: ", "))"
            line = context.mark.line
        case let .reader(problem, _, _, _)?:
            reason = problem
        default:
            reason = "it cannot be read"
        }
    }
}
