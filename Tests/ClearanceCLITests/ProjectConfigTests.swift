import Foundation
import TestSupport
import Testing

/// `.clearance.yml` from the current folder up to the repository root; exclusions; facts the
/// bundle carries about itself, and `--no-bundle-facts`.
@Suite struct ProjectConfigTests {
    private func findings(_ stdout: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
        return object?["findings"] as? [[String: Any]] ?? []
    }

    private func status(of rule: String, in stdout: String) throws -> String? {
        try findings(stdout).first { $0["ruleId"] as? String == rule }?["status"] as? String
    }

    /// A repository with the release in `release/` and its configuration at the top.
    private func repository(_ config: String, in directory: TemporaryDirectory) throws -> String {
        try FileManager.default.createDirectory(atPath: directory.path("repo/.git"), withIntermediateDirectories: true)
        try ReleaseFixture.llama(in: directory, named: "repo/release")
        try directory.write("repo/.clearance.yml", config)
        try FileManager.default.createDirectory(
            atPath: directory.path("repo/tools/deep"), withIntermediateDirectories: true)
        return directory.path("repo")
    }

    @Test func theConfigurationIsFoundFromASubfolderUpToTheRepositoryRoot() throws {
        let directory = try TemporaryDirectory()
        let repo = try repository(
            """
            facts: legal/facts.yml
            waivers: legal/waivers.yml
            failOn: warning
            exclude: ["*.tmp"]

            """, in: directory)
        try directory.write("repo/legal/facts.yml", "distributor:\n  monthlyActiveUsers: 20000\n")
        try directory.write(
            "repo/legal/waivers.yml",
            "waivers:\n  - ruleId: llama3_1_license_copy\n    reason: r\n    approvedBy: a\n    expires: 2099-01-01\n")
        try directory.write("repo/release/scratch.tmp", "notes")
        let result = try CLIRunner.run(
            executable: CLIRunner.executable,
            ["check", "../../release", "--policies", ReleaseFixture.policies, "--format", "json"],
            in: directory.path("repo/tools/deep"))
        #expect(result.status == 1, "failOn warning makes the failing acceptable-use warning count: \(result.stderr)")
        #expect(try status(of: "llama3_1_mau_threshold", in: result.stdout) == "pass")
        #expect(try status(of: "llama3_1_license_copy", in: result.stdout) == "waived")
        #expect(!result.stdout.contains("scratch.tmp"))
        #expect(try status(of: "bundle_facts_published", in: result.stdout) == nil)
        #expect(FileManager.default.fileExists(atPath: repo))
    }

    @Test func aConfigurationAboveTheRepositoryRootIsNotUsed() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".clearance.yml", "failOn: review\n")
        _ = try repository("exclude: []\n", in: directory)
        try FileManager.default.removeItem(atPath: directory.path("repo/.clearance.yml"))
        let result = try CLIRunner.run(
            executable: CLIRunner.executable, ["check", "release", "--policies", ReleaseFixture.policies, "--quiet"],
            in: directory.path("repo"))
        #expect(result.stdout.hasSuffix("(--fail-on error)\n"), "\(result.stdout)")
    }

    @Test func inlineFactsAndTheCommandLineWin() throws {
        let directory = try TemporaryDirectory()
        _ = try repository("facts:\n  distributor:\n    monthlyActiveUsers: 20000\nfailOn: review\n", in: directory)
        let folder = directory.path("repo")
        let inline = try CLIRunner.run(
            executable: CLIRunner.executable,
            ["check", "release", "--policies", ReleaseFixture.policies, "--format", "json"], in: folder)
        #expect(try status(of: "llama3_1_mau_threshold", in: inline.stdout) == "pass")
        let gate = try CLIRunner.run(
            executable: CLIRunner.executable,
            ["check", "release", "--policies", ReleaseFixture.policies, "--quiet", "--fail-on", "error"], in: folder)
        #expect(gate.stdout.hasSuffix("(--fail-on error)\n"))
    }

    @Test func aBadConfigurationIsExitTwoNamingIt() throws {
        let directory = try TemporaryDirectory()
        _ = try repository("failOn: sometimes\n", in: directory)
        let result = try CLIRunner.run(
            executable: CLIRunner.executable, ["check", "release", "--policies", ReleaseFixture.policies],
            in: directory.path("repo"))
        #expect(result.status == 2)
        #expect(
            result.stderr.hasSuffix(
                ".clearance.yml:1: failOn must be one of error, warning, review, not 'sometimes'\n"), "\(result.stderr)"
        )
    }

    @Test func excludedFilesAreCountedInTheInventory() throws {
        let directory = try TemporaryDirectory()
        let bundle = try ReleaseFixture.failing(in: directory)
        try directory.write("pointer-release/drafts/notes.md", "draft")
        try directory.write("pointer-release/drafts/old.md", "older draft")
        try directory.write("pointer-release/nested/.git/config", "[core]")
        let result = try CLIRunner.run([
            "checklist", bundle, "--policies", ReleaseFixture.policies, "--exclude", "drafts/", "--exclude", "*.bak",
        ])
        #expect(!result.stdout.contains("notes.md") && !result.stdout.contains(".git/config"))
        #expect(result.stdout.contains("- Excluded by `drafts/` (--exclude): 2 files (16 B)."), "\(result.stdout)")
        #expect(result.stdout.contains("- Excluded by `*.bak` (--exclude): nothing."))
        #expect(result.stdout.contains("- Excluded by `.git/` (built-in): 1 file (6 B)."))
    }

    @Test func factsInsideTheReleaseAreReportedAndCanBeIgnored() throws {
        let directory = try TemporaryDirectory()
        let bundle = try ReleaseFixture.llama(in: directory)
        try directory.write("llama-release/clearance.yml", "distributor:\n  monthlyActiveUsers: 20000\n")
        let used = try CLIRunner.run(["check", bundle, "--policies", ReleaseFixture.policies, "--format", "json"])
        #expect(try status(of: "llama3_1_mau_threshold", in: used.stdout) == "pass")
        let carried = try #require(
            try findings(used.stdout).first { $0["ruleId"] as? String == "bundle_facts_published" })
        #expect(carried["severity"] as? String == "warning")
        #expect((carried["message"] as? String)?.contains("this check relied on them") == true)
        let ignored = try CLIRunner.run([
            "check", bundle, "--policies", ReleaseFixture.policies, "--format", "json", "--no-bundle-facts",
        ])
        #expect(try status(of: "llama3_1_mau_threshold", in: ignored.stdout) == "needs-review")
        #expect(try status(of: "bundle_facts_published", in: ignored.stdout) == "fail")
    }

    @Test func aFactsFileGivenFromInsideTheReleaseIsReported() throws {
        let directory = try TemporaryDirectory()
        let bundle = try ReleaseFixture.llama(in: directory)
        let facts = try directory.write("llama-release/legal/facts.yml", "distributor:\n  monthlyActiveUsers: 20000\n")
        let result = try CLIRunner.run([
            "check", bundle, "--policies", ReleaseFixture.policies, "--format", "json", "--facts", facts,
        ])
        let carried = try findings(result.stdout).first { $0["ruleId"] as? String == "bundle_facts_published" }
        let evidence = carried?["evidence"] as? [[String: Any]]
        #expect(evidence?.first?["path"] as? String == "legal/facts.yml")
    }
}
