import BundleModel

/// An obligation only a person can confirm: always needs-review, quoting the clause.
public struct ReviewCheck: Check {
    static let kind = CheckKind.review

    func evaluate(_ context: RuleContext) -> [Finding] {
        [context.finding(.needsReview, context.rule.clause)]
    }
}
