import Foundation
import Testing

/// `clearance check --batch`: JSON Lines in list order, errors as lines, a summary, exit codes.
@Suite struct BatchCommandTests {
    @Test func linesComeInListOrderAndEqualSingleReports() throws {
        let fixture = try BatchFixture(count: 24)
        let result = try BatchFixture.run(["--batch", try fixture.listFile(), "--jobs", "3"])
        #expect(result.status == 1, "a failing and a missing bundle fail the batch: \(result.stderr)")
        let lines = try BatchFixture.objects(result.stdout)
        try #require(lines.count == fixture.bundles.count)
        for (bundle, line) in zip(fixture.bundles, lines) {
            if bundle.contains("missing") {
                #expect(line["bundle"] as? String == bundle)
                #expect((line["error"] as? String)?.contains("no such file or directory") == true)
                #expect(line["verdict"] == nil)
                continue
            }
            let single = try CLIRunner.run(["check", bundle, "--format", "json", "--policies", ReleaseFixture.policies])
            let expected = try #require(
                try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? NSDictionary)
            #expect(line == expected, "\(bundle): the batch line differs from `check --format json`")
        }
    }

    @Test func textSummaryGoesToStandardErrorWithoutProgressOffATerminal() throws {
        let fixture = try BatchFixture(count: 6)
        let bundles = fixture.bundles + [try ReleaseFixture.selfAnswered(in: fixture.directory)]
        let list = try fixture.directory.write("list.txt", bundles.joined(separator: "\n"))
        let result = try BatchFixture.run(["--batch", list, "--jobs", "2"])
        #expect(result.stderr.hasPrefix("clearance: 7 bundles in "), "\(result.stderr)")
        #expect(result.stderr.contains("): 1 pass, 2 review, 2 fail, 2 could not be checked"), "\(result.stderr)")
        #expect(
            result.stderr.split(separator: "\n").count == 1, "no progress line when standard error is not a terminal")
        #expect(!result.stderr.contains("\r"))
    }

    @Test func jsonSummaryIsTheLastLine() throws {
        let fixture = try BatchFixture(count: 5)
        let bundles = fixture.bundles + [try ReleaseFixture.selfAnswered(in: fixture.directory)]
        let result = try BatchFixture.run(["--batch", "-", "--format", "json"], input: bundles.joined(separator: "\n"))
        let lines = try BatchFixture.objects(result.stdout)
        try #require(lines.count == 7)
        let summary = try #require(lines.last?["batch"] as? NSDictionary)
        #expect(lines.last?.count == 1)
        #expect(summary["bundles"] as? Int == 6)
        #expect(summary["errors"] as? Int == 1)
        #expect(summary["verdicts"] as? NSDictionary == ["pass": 1, "review": 2, "fail": 2] as NSDictionary)
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func aBatchWhereNoBundleFailsExitsZero() throws {
        let fixture = try BatchFixture(count: 1)
        let answered = try ReleaseFixture.selfAnswered(in: fixture.directory)
        let input = "\n# a comment\n  \(fixture.bundles[0])  \n\n\(answered)\n"
        let result = try BatchFixture.run(["--batch", "-", "--format", "json"], input: input)
        #expect(result.status == 0, "a review and a pass: \(result.stderr)")
        let lines = try BatchFixture.objects(result.stdout)
        #expect(lines.count == 3, "blank and comment lines are skipped")
        #expect(lines.dropLast().map { $0["verdict"] as? String } == ["review", "pass"])
    }

    @Test(arguments: [
        (["--batch", "/nonexistent/list.txt"], "/nonexistent/list.txt: cannot read the bundle list"),
        (["--batch", "-", "--format", "sarif"], "--format sarif is for one bundle"),
        (["some-bundle", "--batch", "-"], "give either a bundle or --batch FILE, not both"),
        (["--batch", "-", "--jobs", "0"], "--jobs must be between 1 and 256"),
        (["--batch", "-", "--facts", "/nonexistent/facts.yml"], "/nonexistent/facts.yml"),
        (["--batch", "-", "--report", "sarif=out.sarif"], "--report shapes one bundle's report"),
        (["--batch", "-", "--verbose"], "--verbose shapes one bundle's report"),
        (["--batch", "-", "--quiet"], "--quiet shapes one bundle's report"),
        (["--batch", "-", "--rule-docs-url", "https://x/{rule}"], "--rule-docs-url shapes one bundle's report"),
    ])
    func aBatchThatCannotRunExitsTwoWithOneLine(arguments: [String], message: String) throws {
        let result = try BatchFixture.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func anOverlongLineStopsTheBatch() throws {
        let result = try BatchFixture.run(["--batch", "-"], input: String(repeating: "a", count: 40_000))
        #expect(result.status == 2)
        #expect(result.stderr.contains("standard input: line 1 is longer than 16384 bytes"), "\(result.stderr)")
    }
}
