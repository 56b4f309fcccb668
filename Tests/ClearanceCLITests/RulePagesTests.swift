import Foundation
import TestSupport
import Testing

/// `docs/rules/` is generated from the policy packs (`clearance policies pages docs/rules`): one
/// page per rule, which SARIF's `helpUri` points at. A pack changed without its pages fails here.
@Suite struct RulePagesTests {
    static let folder = ReleaseFixture.repositoryRoot.appendingPathComponent("docs/rules").path

    @Test func theCommittedPagesAreCurrent() throws {
        let result = try CLIRunner.run(["policies", "pages", Self.folder, "--check"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aStalePageIsNamed() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.path("rules")
        #expect(try CLIRunner.run(["policies", "pages", folder]).status == 0)
        try directory.write("rules/llama3_1_notice_line.md", "edited by hand\n")
        try directory.write("rules/retired_rule.md", "gone\n")
        let result = try CLIRunner.run(["policies", "pages", folder, "--check"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("llama3_1_notice_line.md (missing or stale), retired_rule.md (no such rule)"),
            "\(result.stderr)")
    }

    @Test func sarifHelpLinksToThePages() throws {
        let directory = try TemporaryDirectory()
        let bundle = try ReleaseFixture.failing(in: directory)
        let sarif = try CLIRunner.run([
            "check", bundle, "--policies", ReleaseFixture.policies, "--format", "sarif",
            "--rule-docs-url", "https://example.org/clearance/docs/rules/{rule}.md",
        ])
        #expect(
            sarif.stdout.contains(
                #""helpUri" : "https://example.org/clearance/docs/rules/integrity_missing_weights.md""#))
    }
}
