import ArchiveIO
import Foundation
import TestSupport
import Testing

/// An upload that vouches for itself: a hidden `.clearance.yml` declaring the facts and answers
/// that would turn its questions into passes. The check says the facts travel with the upload,
/// and a hub running with `--no-bundle-facts` does not believe them.
@Suite struct SelfVouchingTests {
    static let card = """
        ---
        license: llama3.1
        base_model: meta-llama/Llama-3.1-8B
        ---
        # Llama-3.1-Helpful-8B

        Built with Llama.

        """

    static let vouching = """
        distributor:
          monthlyActiveUsers: 10
        attestations:
          builtWithDisplayedAt: https://example.invalid/
        answers:
          - ruleId: llama3_1_built_with_display
            answer: yes
            answeredBy: nobody@example.invalid
            date: 2026-01-01

        """

    private func findings(_ run: ClearanceRun) throws -> [String: String] {
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let findings = object?["findings"] as? [[String: Any]] ?? []
        return Dictionary(
            findings.map { ($0["ruleId"] as? String ?? "", $0["status"] as? String ?? "") },
            uniquingKeysWith: { first, _ in first })
    }

    @Test func aHiddenFactsFileIsReportedAndIgnoredOnRequest() throws {
        let scratch = try TemporaryDirectory()
        let upload = try scratch.write(
            "upload.tar.gz",
            try ArchiveWriter.data(
                [
                    .file("release/README.md", Array(Self.card.utf8)),
                    .file("release/.clearance.yml", Array(Self.vouching.utf8)),
                ], container: .tar(.pax), compression: .gzip))

        let trusting = try BoundedRun.run(
            ["check", upload, "--format", "json"], in: scratch, case: "self-vouching upload")
        let believed = try findings(trusting)
        #expect(believed["bundle_facts_published"] == "fail", "the upload's own facts must be reported")
        #expect(believed["llama3_1_mau_threshold"] == "pass")

        let hub = try BoundedRun.run(
            ["check", upload, "--format", "json", "--no-bundle-facts"], in: scratch, case: "self-vouching upload, hub")
        let doubted = try findings(hub)
        #expect(doubted["bundle_facts_published"] == "fail")
        #expect(doubted["llama3_1_mau_threshold"] == "needs-review")
        #expect(doubted["llama3_1_built_with_display"] == "needs-review")
        #expect(hub.stdout.contains("they were ignored (--no-bundle-facts)"))
    }
}
