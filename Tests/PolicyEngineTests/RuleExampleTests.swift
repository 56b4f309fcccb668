import BundleInspection
import BundleModel
import PolicyEngine
import Testing

/// Every example of every rule gives the status it promises (SwiftLint-style rule descriptions).
@Suite struct RuleExampleTests {
    static let policies: PolicySet? = try? PolicySet.builtin(includingExamples: true)

    @Test func builtInPoliciesLoad() throws {
        _ = try PolicySet.builtin(includingExamples: true)
    }

    @Test(arguments: (policies?.allRules.map(\.rule.id)) ?? [])
    func examplesHold(ruleId: String) throws {
        let policies = try #require(Self.policies)
        let outcomes = RuleExamples(policies: policies) { NoticeLineFinder(notices: $0).find(in: $1) }.run(
            ruleId: ruleId)
        #expect(!outcomes.isEmpty, "\(ruleId) has no examples")
        for outcome in outcomes {
            #expect(
                outcome.passed,
                "\(ruleId) — \(outcome.example.name): expected \(outcome.example.expect.rawValue), got \(outcome.actual?.rawValue ?? "no finding"): \(outcome.findings.map(\.message))"
            )
        }
    }

    @Test func everyRuleHasAFailingOrReviewExample() throws {
        let policies = try #require(Self.policies)
        for (_, rule) in policies.allRules {
            let statuses = Set((rule.examples ?? []).map(\.expect))
            #expect(
                statuses.contains(.fail) || statuses.contains(.needsReview),
                "\(rule.id) shows no example that it catches")
        }
    }
}
