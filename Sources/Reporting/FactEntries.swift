import PolicyEngine

/// The declared facts as `key: value` pairs (`distributor.monthlyActiveUsers: 2500000`), sorted
/// by key. The keys are the facts file's, which are the property names of `Facts`. Answers to
/// questions are not facts: each is shown on the obligation it settles.
enum FactEntries {
    static func of(_ facts: Facts) -> [(key: String, value: String)] {
        var facts = facts
        facts.answers = nil
        return flatten(facts, prefix: "").sorted { $0.key < $1.key }
    }

    private static func flatten(_ value: Any, prefix: String) -> [(key: String, value: String)] {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { flatten($0.value, prefix: prefix) } ?? []
        case .struct:
            return mirror.children.flatMap { child in
                let label = child.label ?? ""
                return flatten(child.value, prefix: prefix.isEmpty ? label : "\(prefix).\(label)")
            }
        case .collection:
            return [(prefix, mirror.children.map { "\($0.value)" }.joined(separator: ", "))]
        default:
            return [(prefix, "\(value)")]
        }
    }
}
