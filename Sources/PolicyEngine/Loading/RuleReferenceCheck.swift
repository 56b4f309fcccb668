/// Waivers and answers must name rules that exist: a misspelt `ruleId` would otherwise match
/// nothing, and the failure or question it meant would stand with nobody noticing why.
enum RuleReferenceCheck {
    /// Throws `PolicyError.unknownRule`, with the nearest rule id, when `ruleId` names no rule of
    /// `policies` and no process rule that may be waived or answered.
    static func check(_ ruleId: String, key: String, file: String, line: Int?, policies: PolicySet) throws(PolicyError)
    {
        let known = policies.allRules.map(\.rule.id) + ProcessRules.all.filter(\.waivable).map(\.id)
        guard !known.contains(ruleId) else { return }
        throw .unknownRule(
            file: file, line: line, key: key, ruleId: ruleId,
            suggestion: NearestName.suggestion(for: ruleId, among: known))
    }
}

/// A coding key for building paths into a document: a mapping key or a list index.
struct EntryKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    init(_ index: Int) {
        stringValue = String(index)
        intValue = index
    }

    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(intValue) }
}
