import BundleModel

/// An obligation only a person can confirm: always needs-review, quoting the clause.
struct ReviewCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        [context.finding(.needsReview, context.rule.clause)]
    }
}
