/// One obligation violated on its own: how a compliant release is broken, and the rules that must
/// then fail — usually exactly one.
struct Violation: Sendable {
    /// What the release gets wrong, in a few words.
    let obligation: String
    /// The rule ids that must have a `fail` finding, and no others.
    let failingRules: Set<String>
    /// `--fail-on` for an obligation of severity warning, which the default gate lets pass.
    var failOn: String?
    let apply: @Sendable (inout Release) -> Void
}
