import Foundation
import TestSupport
import Testing

/// The text report: quiet by default, complete with `--verbose`, one line with `--quiet`, wrapped
/// to the terminal's width, and a verdict that never presents an open question as a pass.
@Suite struct TextOutputTests {
    private func check(
        _ bundle: String, _ arguments: [String] = [], environment: [String: String] = [:]
    ) throws -> CLIRunner.Result {
        try CLIRunner.run(
            ["check", bundle, "--policies", ReleaseFixture.policies] + arguments, environment: environment)
    }

    @Test func defaultShowsFailuresAndQuestionsThenTheVerdict() throws {
        let directory = try TemporaryDirectory()
        let result = try check(try ReleaseFixture.failing(in: directory))
        #expect(result.status == 1)
        #expect(result.stdout.contains("✗ FAIL"))
        #expect(!result.stdout.contains("✓ pass"))
        let last = try #require(result.stdout.split(separator: "\n").last)
        #expect(last.hasPrefix("FAIL — 1 failed (1 error), 1 question open, "), "\(last)")
    }

    @Test func verboseAddsThePassesWithTheirEvidence() throws {
        let directory = try TemporaryDirectory()
        let bundle = try ReleaseFixture.llama(in: directory)
        let result = try check(bundle, ["--verbose"])
        #expect(
            result.stdout.contains("✓ pass    The model name begins with “Llama”: “Llama-3.1-Acme-8B” (model card h1).")
        )
        #expect(result.stdout.contains("at README.md “Llama-3.1-Acme-8B”"))
        #expect(try check(bundle, ["-v"]).stdout == result.stdout)
    }

    @Test func quietPrintsOnlyTheVerdictLine() throws {
        let directory = try TemporaryDirectory()
        let result = try check(try ReleaseFixture.failing(in: directory), ["--quiet"])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.hasPrefix("FAIL — "))
        #expect(try check(directory.path("pointer-release"), ["--quiet", "--verbose"]).status == 2)
    }

    @Test func anOpenQuestionIsAReviewVerdictInEveryFormat() throws {
        let directory = try TemporaryDirectory()
        let bundle = try ReleaseFixture.passing(in: directory)
        let text = try check(bundle)
        #expect(text.status == 0)
        #expect(
            text.stdout.hasSuffix("REVIEW — passes the gate, 1 question open; 3 passed (--fail-on error)\n"),
            "\(text.stdout)")
        #expect(text.stdout.contains("metadata_upstream_resolved · license-metadata · review ·"))
        let markers = [
            "json": #""verdict" : "review""#,
            "sarif": #""verdict" : "review""#,
            "junit": #"<property name="verdict" value="review"/>"#,
            "markdown": "**Verdict: REVIEW — ",
            "cyclonedx": #""value" : "review""#,
        ]
        for (format, marker) in markers {
            let result = try check(bundle, ["--format", format])
            #expect(result.status == 0)
            #expect(result.stdout.contains(marker), "\(format)")
        }
        #expect(
            try check(bundle, ["--fail-on", "review", "--quiet"]).stdout.hasPrefix("FAIL — 1 question open, 3 passed"))
    }

    @Test(arguments: [(nil, 100), ("60", 60)] as [(String?, Int)])
    func longLinesWrapAtTheTerminalWidth(columns: String?, width: Int) throws {
        let directory = try TemporaryDirectory()
        let bundle = try ReleaseFixture.llama(in: directory)
        let result = try check(bundle, ["--verbose"], environment: ["COLUMNS": columns ?? ""])
        let widest = result.stdout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= width)
        #expect(widest > width - 15, "the report should use the width it has")
    }

    @Test func countsAgreeWithTheirNouns() throws {
        let directory = try TemporaryDirectory()
        let inspect = try CLIRunner.run(["inspect", try ReleaseFixture.passing(in: directory)])
        #expect(inspect.stdout.contains("1 artifact, 16 B, 0 defects"), "\(inspect.stdout)")
        let llama = try check(try ReleaseFixture.llama(in: directory), ["--quiet"])
        #expect(llama.stdout == "FAIL — 2 failed (1 error, 1 warning), 2 questions open, 6 passed (--fail-on error)\n")
    }
}
