import Foundation
import TestSupport
import Testing

/// `--report FORMAT=PATH` writes several formats from one read of the bundle.
@Suite struct ReportOptionTests {
    @Test func severalFormatsFromOneRun() throws {
        let directory = try TemporaryDirectory()
        let bundle = try ReleaseFixture.failing(in: directory)
        let sarif = directory.path("out.sarif"), junit = directory.path("out.xml"),
            checklist = directory.path("checklist.md")
        let result = try CLIRunner.run([
            "check", bundle, "--policies", ReleaseFixture.policies, "--quiet",
            "--report", "sarif=\(sarif)", "--report", "junit=\(junit)", "--report", "markdown=\(checklist)",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 1, "--quiet still applies to standard output")
        let separate = try CLIRunner.run(["check", bundle, "--policies", ReleaseFixture.policies, "--format", "junit"])
        #expect(try String(contentsOfFile: junit, encoding: .utf8) == separate.stdout)
        #expect(try String(contentsOfFile: sarif, encoding: .utf8).contains(#""version" : "2.1.0""#))
        #expect(try String(contentsOfFile: checklist, encoding: .utf8).contains("SHA-256") == true)
    }

    @Test func aMalformedReportIsAUsageError() throws {
        let result = try CLIRunner.run(["check", "x", "--report", "sarif"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("text=PATH, json=PATH"))
    }
}
