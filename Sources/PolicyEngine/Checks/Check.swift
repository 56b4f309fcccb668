import BundleModel

/// One check kind: its parameters (the stored properties, decoded from the rule's `check:`), what
/// makes them unusable, the facts that decide it, and how it turns a rule into findings.
///
/// A kind lives in one file, `Checks/<Kind>Check.swift`, with its messages gathered at the bottom;
/// `CheckCatalog` maps the kinds of the pack format to these types.
protocol Check: Codable, Sendable, Equatable {
    /// The kind's name in policy packs.
    static var kind: CheckKind { get }

    /// What is wrong with the parameters, or nil when the check is usable.
    var problem: String? { get }

    /// The facts-file keys whose values decide this check (`distributor.monthlyActiveUsers`), in
    /// the order a reviewer should record them; empty when it turns on the bundle or a judgement.
    var decidingFacts: [String] { get }

    /// The findings for a rule in its context. An empty result means the obligation does not
    /// arise for this bundle (for example, no copy to compare).
    func evaluate(_ context: RuleContext) -> [Finding]

    /// What can be written, without judgement, to meet the rule in its context, once it failed;
    /// empty for kinds whose remedy needs a person. `clearance fix` writes it.
    func remedies(_ context: RuleContext) -> [Remedy]
}

extension Check {
    var problem: String? { nil }
    var decidingFacts: [String] { [] }
    func remedies(_ context: RuleContext) -> [Remedy] { [] }
}
