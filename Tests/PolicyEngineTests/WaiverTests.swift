import BundleModel
import Foundation
import Testing

@testable import PolicyEngine

/// Waivers accept failures until they expire, and unused or expired waivers are reported.
@Suite struct WaiverTests {
    static let failing = Finding(
        ruleId: "llama3_1_built_with_display", license: "llama3.1", category: .attributionDisplay, status: .fail,
        severity: .error, message: "m", evidence: [Evidence(path: "docs/index.md", line: 3)], remediation: "r",
        reference: "§1.b.i")
    static let policies = PolicySet(
        packs: [:], general: GeneralPack(version: 1, rules: []), registry: ModelRegistry(), dataFiles: [:],
        origin: "test")
    static let today = ISODate("2026-11-26")!

    private func apply(_ waivers: [Waiver]) -> [Finding] {
        WaiverApplication(waivers: waivers, source: "waivers.yml", today: Self.today).apply(
            to: [Self.failing], policies: Self.policies)
    }

    @Test func todayIsTheDateInUTC() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let utcDate = { () -> String in
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
        let before = utcDate()
        let today = ISODate.today.description
        #expect(today == before || today == utcDate(), "midnight may pass between the two readings")
    }

    @Test func matchingWaiverTurnsFailureIntoWaived() {
        let result = apply([
            Waiver(
                ruleId: "llama3_1_built_with_display", license: "llama3.1", path: "docs/**",
                reason: "Shown on the product page", approvedBy: "jane@acme.example", expires: "2027-06-30")
        ])
        #expect(result.map(\.status) == [.waived])
        #expect(result.first?.waiver?.approvedBy == "jane@acme.example")
        #expect(FailThreshold.review.verdict(result) == .pass)
    }

    @Test func expiredWaiverIsAFailureOfItsOwn() {
        let result = apply([
            Waiver(ruleId: "llama3_1_built_with_display", reason: "r", approvedBy: "a", expires: "2026-11-25")
        ])
        #expect(result.map(\.status) == [.fail, .fail])
        #expect(result.last?.ruleId == "waiver_expired")
        #expect(FailThreshold.error.verdict(result) == .fail)
    }

    @Test func waiverThatMatchesNothingIsAWarning() {
        let result = apply([
            Waiver(
                ruleId: "llama3_1_built_with_display", path: "src/**", reason: "r", approvedBy: "a",
                expires: "2027-01-01")
        ])
        #expect(result.map(\.status) == [.fail, .fail])
        #expect(result.last?.ruleId == "waiver_unused")
        #expect(result.last?.severity == .warning)
    }

    @Test func waiversFileIsValidated() {
        #expect(throws: PolicyError.self) {
            try WaiverLoader.parse(
                "waivers:\n  - ruleId: x\n    reason: r\n    approvedBy: a\n    expires: next year\n", source: "w.yml")
        }
        #expect(throws: PolicyError.self) {
            try WaiverLoader.parse(
                "waivers:\n  - ruleId: x\n    reason: r\n    approvedBy: a\n    expires: 2027-01-01\n    approver: b\n",
                source: "w.yml")
        }
    }

    @Test func expiryOnTheDayItselfStillApplies() {
        let result = apply([
            Waiver(ruleId: "llama3_1_built_with_display", reason: "r", approvedBy: "a", expires: "2026-11-26")
        ])
        #expect(result.map(\.status) == [.waived])
    }
}
