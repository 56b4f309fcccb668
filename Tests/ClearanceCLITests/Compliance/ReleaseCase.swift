import Testing

/// A release of a particular shape (a quantization, an adapter, a merge, a distillation, a
/// relabelled or a hostile bundle) with the verdict `clearance check` must reach on it.
struct ReleaseCase: Sendable, CustomTestStringConvertible {
    let name: String
    let release: Release
    /// The rule ids that must fail, and no others; empty for a compliant release.
    let failingRules: Set<String>
    /// The license ids whose obligations apply, when the case is about lineage.
    var upstreams: Set<String>?
    var container: ReleaseContainer = .directory
    /// `--fail-on` when the failing rules are warnings.
    var failOn: String?

    var testDescription: String { "\(name) (\(container.rawValue))" }
}
