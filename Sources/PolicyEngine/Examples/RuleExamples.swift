import BundleModel

/// Runs the examples of policy rules: each describes a bundle and the status the rule must give it.
public struct RuleExamples: Sendable {
    public let policies: PolicySet
    private let noticeLines: NoticeLineReader

    /// An example runner; `noticeLines` is the inspector's reading of Notice files, so that an
    /// example's Notice file is judged exactly as a checked bundle's is.
    public init(policies: PolicySet, noticeLines: @escaping NoticeLineReader) {
        self.policies = policies
        self.noticeLines = noticeLines
    }

    /// One example's outcome.
    public struct Outcome: Sendable {
        public let ruleId: String
        public let example: RuleExample
        /// The status the rule reported: the most serious of its findings, nil when it reported none.
        public let actual: FindingStatus?
        public let findings: [Finding]

        public var passed: Bool { actual == example.expect }
    }

    /// Runs the examples of one rule.
    public func run(ruleId: String) -> [Outcome] {
        guard let (pack, rule) = policies.rule(ruleId) else { return [] }
        return (rule.examples ?? []).map { example in
            let notices = policies.requiredNotices
            let manifest = ExampleManifest.build(example.bundle) { noticeLines(notices, $0) }
            let facts = FactSheet(facts: example.facts ?? Facts(), source: example.facts == nil ? nil : "clearance.yml")
            let findings = PolicyEvaluator(policies: policies).evaluate(
                rule, pack: pack, manifest: manifest, facts: facts)
            return Outcome(ruleId: rule.id, example: example, actual: Self.overall(findings), findings: findings)
        }
    }

    /// Runs every example of every rule.
    public func runAll() -> [Outcome] {
        policies.allRules.flatMap { run(ruleId: $0.rule.id) }
    }

    /// The defect an example of `kind` carries, as the inspector would report it.
    public static func defect(_ kind: DefectKind) -> Defect {
        ExampleDefect.make(kind)
    }

    static func overall(_ findings: [Finding]) -> FindingStatus? {
        if findings.contains(where: { $0.status == .fail }) { return .fail }
        if findings.contains(where: { $0.status == .needsReview }) { return .needsReview }
        if findings.contains(where: { $0.status == .waived }) { return .waived }
        return findings.isEmpty ? nil : .pass
    }
}

/// Finds the required notice lines in a Notice file (the inspector's `NoticeLineFinder`).
public typealias NoticeLineReader =
    @Sendable (_ notices: [RequiredNotice], _ document: TextDocument) -> [NoticeLineMatch]
