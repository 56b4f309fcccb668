import Foundation
import TestSupport
import Testing

/// What a single check honours, a batch honours too — `.clearance.yml` (facts, waivers, failOn,
/// exclude), facts inside a bundle, `--no-bundle-facts`, `--exclude`, `--follow-links`, answers — and each of them
/// is part of the cache key: changing one misses the cache and gives what an uncached run gives.
@Suite struct BatchSettingsTests {
    /// A repository (`.git` at its top) holding a Llama release with two open questions, a stray
    /// `scratch.tmp` and a link to notes outside it, and a release that answers its question in a
    /// `clearance.yml` it carries.
    private struct Repository {
        let directory: TemporaryDirectory
        let root: String
        let list: String

        init() throws {
            directory = try TemporaryDirectory()
            try FileManager.default.createDirectory(
                atPath: directory.path("repo/.git"),
                withIntermediateDirectories: true)
            let llama = try ReleaseFixture.llama(in: directory, named: "repo/llama")
            try directory.write("repo/llama/scratch.tmp", "notes")
            try directory.write("repo/shared-notes.md", "# Notes kept beside the releases\n")
            try FileManager.default.createSymbolicLink(
                atPath: directory.path("repo/llama/NOTES.md"),
                withDestinationPath: "../shared-notes.md")
            let answered = try ReleaseFixture.selfAnswered(in: directory, named: "repo/answered")
            root = directory.path("repo")
            list = try directory.write("repo/bundles.txt", "\(llama)\n\(answered)\n")
        }

        /// Writes `.clearance.yml` at the top, or removes it for nil.
        func configure(_ config: String?) throws {
            let file = directory.path("repo/.clearance.yml")
            if let config {
                try directory.write("repo/.clearance.yml", config)
            } else if FileManager.default.fileExists(atPath: file) {
                try FileManager.default.removeItem(atPath: file)
            }
        }

        /// `check --batch --format json` in the repository; the reports and the summary.
        func batch(
            _ options: [String], cache: String? = nil
        )
            throws -> (reports: [NSDictionary], summary: NSDictionary)
        {
            let caching = cache.map { ["--cache", $0] } ?? []
            let result = try BatchFixture.run(["--batch", list, "--format", "json"] + caching + options, in: root)
            let lines = try BatchFixture.objects(result.stdout)
            let summary = try #require(lines.last?["batch"] as? NSDictionary, "\(result.stderr)")
            return (Array(lines.dropLast()), summary)
        }
    }

    private static let mau = "distributor:\n  monthlyActiveUsers: 20000\n"
    private static let answer = """
        answers:
          - ruleId: llama3_1_built_with_display
            answer: yes
            note: Shown on the model page
            answeredBy: jane.doe@acme.example
            date: 2026-12-01

        """

    @Test func theProjectConfigurationAppliesToEveryBundleAsToASingleCheck() throws {
        let repository = try Repository()
        try repository.directory.write("repo/legal/facts.yml", Self.mau + Self.answer)
        try repository.directory.write(
            "repo/legal/waivers.yml",
            """
            waivers:
              - ruleId: bundle_facts_published
                reason: The answer is public anyway
                approvedBy: jane.doe@acme.example
                expires: 2099-01-01

            """)
        try repository.configure(
            "facts: legal/facts.yml\nwaivers: legal/waivers.yml\nfailOn: warning\nexclude: [\"*.tmp\"]\n")
        let batch = try repository.batch([])
        try #require(batch.reports.count == 2)
        let bundles = [repository.directory.path("repo/llama"), repository.directory.path("repo/answered")]
        for (bundle, report) in zip(bundles, batch.reports) {
            let arguments = ["check", bundle, "--format", "json", "--policies", ReleaseFixture.policies]
            let single = try CLIRunner.run(executable: CLIRunner.executable, arguments, in: repository.root)
            let expected = try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? NSDictionary
            #expect(report == expected, "\(bundle): the batch line differs from `check --format json` in its folder")
        }
        #expect(!String(describing: batch.reports[0]).contains("scratch.tmp"), "exclude: applies")
        #expect(
            status(of: "llama3_1_built_with_display", in: batch.reports[0]) == "pass",
            "the configured facts answer")
        #expect(status(of: "llama3_1_mau_threshold", in: batch.reports[0]) == "pass", "the configured facts apply")
        #expect(status(of: "bundle_facts_published", in: batch.reports[1]) == "waived", "the configured waivers apply")
        #expect(
            status(of: "metadata_upstream_resolved", in: batch.reports[1]) == "needs-review",
            "declared facts win over the bundle's: its own answer is not used")
    }

    private func status(of rule: String, in report: NSDictionary) -> String? {
        let findings = report["findings"] as? [NSDictionary] ?? []
        return findings.first { $0["ruleId"] as? String == rule }?["status"] as? String
    }

    /// One change between two runs on one cache: what the first run uses, then the second.
    struct Change: CustomTestStringConvertible, Sendable {
        let name: String
        var config: (before: String?, after: String?) = (nil, nil)
        var options: (before: [String], after: [String]) = ([], [])
        var facts: (before: String, after: String)?
        var testDescription: String { name }
    }

    static let changes: [Change] = [
        Change(name: "--no-bundle-facts", options: ([], ["--no-bundle-facts"])),
        Change(name: "--exclude", options: ([], ["--exclude", "*.tmp"])),
        Change(name: "--follow-links", options: ([], ["--follow-links"])),
        Change(name: ".clearance.yml exclude", config: (nil, "exclude: [\"*.tmp\"]\n")),
        Change(name: "--fail-on", options: ([], ["--fail-on", "review"])),
        Change(name: ".clearance.yml failOn", config: ("failOn: error\n", "failOn: review\n")),
        Change(
            name: "answers in the facts file", options: (["--facts", "facts.yml"], ["--facts", "facts.yml"]),
            facts: (mau, mau + answer)),
        Change(
            name: "answers in .clearance.yml",
            config: (
                "facts:\n  distributor:\n    monthlyActiveUsers: 20000\n",
                "facts:\n  distributor:\n    monthlyActiveUsers: 20000\n  "
                    + answer.replacingOccurrences(of: "\n", with: "\n  ")
            )),
    ]

    @Test(arguments: changes)
    func eachChangeThatAltersAReportMissesTheCache(change: Change) throws {
        let repository = try Repository()
        let cache = repository.directory.path("reports.sqlite")
        func prepare(_ config: String?, facts: String?) throws {
            try repository.configure(config)
            if let facts { try repository.directory.write("repo/facts.yml", facts) }
        }
        try prepare(change.config.before, facts: change.facts?.before)
        let before = try repository.batch(change.options.before, cache: cache)
        #expect(before.summary["fromCache"] as? Int == 0)
        #expect(
            try repository.batch(change.options.before, cache: cache).summary["fromCache"] as? Int == 2,
            "unchanged, both bundles come from the cache")

        try prepare(change.config.after, facts: change.facts?.after)
        let after = try repository.batch(change.options.after, cache: cache)
        #expect(after.summary["fromCache"] as? Int == 0, "\(change.name) is part of the key")
        #expect(after.reports != before.reports, "\(change.name) changes a report")
        #expect(
            after.reports == (try repository.batch(change.options.after)).reports,
            "the same reports as without a cache")
        #expect(try repository.batch(change.options.after, cache: cache).summary["fromCache"] as? Int == 2)
    }
}
