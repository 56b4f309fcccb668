import Yams

/// Removes the `examples` of every rule from a composed pack. Decoding the examples is half the
/// cost of loading the packs, and a check never runs them; the built-in packs' examples are
/// validated by the test suite, so `clearance check` loads the built-in packs without them.
enum ExamplePruning {
    static func withoutExamples(_ root: Node) -> Node {
        guard var pack = root.mapping, var rules = pack["rules"]?.sequence else { return root }
        for index in rules.indices {
            guard var rule = rules[index].mapping else { continue }
            rule["examples"] = nil
            rules[index] = .mapping(rule)
        }
        pack["rules"] = .sequence(rules)
        return .mapping(pack)
    }
}
