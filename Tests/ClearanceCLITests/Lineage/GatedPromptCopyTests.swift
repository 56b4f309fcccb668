import Foundation
import Testing

/// A gated card carries the whole agreement in `extra_gated_prompt`: that copy ships with the
/// release, and is identified like a license file at the card's lines (issue 10, item 6).
@Suite struct GatedPromptCopyTests {
    @Test func theAgreementInExtraGatedPromptIsACopyAtItsCardLines() throws {
        guard UpstreamTexts.isAvailable else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record(Comment(rawValue: UpstreamTexts.missingMessage))
            }
            return
        }
        let agreement = UpstreamTexts.text("llama3.1").split(separator: "\n", omittingEmptySubsequences: false)
        let release = try LineageFixture(named: "Llama-3.1-Acme-8B")
        try release.card(
            ["license: llama3.1", "base_model: meta-llama/Llama-3.1-8B", "extra_gated_prompt: |"]
                + agreement.map { $0.isEmpty ? "" : "  " + $0 } + ["extra_gated_button_content: Submit"],
            body: "# Llama-3.1-Acme-8B")
        try release.weights()
        let report = try release.check().report
        let detected = (report["licenses"] as? [[String: Any]] ?? []).filter {
            $0["role"] as? String == "detected" && $0["id"] as? String == "llama3.1"
        }
        let evidence = try #require((detected.first?["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["path"] as? String == "README.md")
        #expect((evidence["line"] as? Int ?? 0) >= 4)
        let copy = try #require(LineageFixture.findings(report, rule: "llama3_1_license_copy").first)
        #expect(copy["status"] as? String == "pass")
    }
}
