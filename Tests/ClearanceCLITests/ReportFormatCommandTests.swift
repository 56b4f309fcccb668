import Foundation
import FoundationXML
import TestSupport
import Testing

/// `clearance check --format …` and `clearance checklist` run as a user or a CI job runs them.
@Suite struct ReportFormatCommandTests {
    static let structuredFormats = ["json", "sarif", "junit", "markdown", "cyclonedx"]

    private func check(_ bundle: String, _ arguments: [String] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(["check", bundle, "--policies", ReleaseFixture.policies] + arguments)
    }

    @Test(arguments: structuredFormats)
    func failingReleaseExitsOneWithAReadableReport(format: String) throws {
        let directory = try TemporaryDirectory()
        let result = try check(try ReleaseFixture.failing(in: directory), ["--format", format])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try expectWellFormed(result.stdout, format: format)
    }

    @Test(arguments: structuredFormats + ["text"])
    func waivedFailureIsVisibleAndExitsZero(format: String) throws {
        let directory = try TemporaryDirectory()
        let bundle = try ReleaseFixture.failing(in: directory)
        let result = try check(bundle, ["--format", format, "--waivers", try ReleaseFixture.waivers(in: directory)])
        #expect(result.status == 0, "\(result.stderr)")
        let marker =
            switch format {
            case "json": #""status" : "waived""#
            case "sarif": #""suppressions""#
            case "junit":
                #"<skipped message="waived by release-manager@acme.example until 2099-12-31: Weights are uploaded separately; ticket REL-7"/>"#
            case "markdown": "*not met — risk accepted by a waiver*"
            case "cyclonedx": #""name" : "clearance:waived""#
            default: "1 waived"
            }
        #expect(result.stdout.contains(marker), "\(format) does not show the waiver")
    }

    @Test func checklistHashesAnArchiveWithoutAskingForHashes() throws {
        let directory = try TemporaryDirectory()
        try ReleaseFixture.passing(in: directory)
        let archive = directory.path("release.tar.gz")
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "-czf", archive, "-C", directory.path(""), "clean-release"]
        try tar.run()
        tar.waitUntilExit()
        let json = try check(archive, ["--format", "json", "--hash"])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let digest = try #require((report?["subject"] as? [String: Any])?["sha256"] as? String)
        let checklist = try CLIRunner.run(["checklist", archive, "--policies", ReleaseFixture.policies])
        #expect(checklist.status == 0, "\(checklist.stderr)")
        #expect(checklist.stdout.contains("- **SHA-256 of the release file:** `\(digest)`"))
    }

    @Test func checklistOfADirectorySaysThereIsNoDigest() throws {
        let directory = try TemporaryDirectory()
        let result = try CLIRunner.run([
            "checklist", try ReleaseFixture.failing(in: directory), "--policies", ReleaseFixture.policies,
        ])
        #expect(result.status == 1)
        #expect(result.stdout.contains("not applicable: the release is a directory"))
        #expect(result.stdout.contains("## Sign-off"))
    }

    @Test func checklistIsDatedBySourceDateEpoch() throws {
        let directory = try TemporaryDirectory()
        let result = try CLIRunner.run(
            ["checklist", try ReleaseFixture.passing(in: directory), "--policies", ReleaseFixture.policies],
            environment: ["SOURCE_DATE_EPOCH": "1748779200"])
        #expect(result.stdout.contains("- **Prepared:** 2025-06-01 12:00 UTC by clearance"))
    }

    @Test func reportGoesToTheOutputFile() throws {
        let directory = try TemporaryDirectory()
        let output = directory.path("report.sarif")
        let result = try check(try ReleaseFixture.failing(in: directory), ["--format", "sarif", "--output", output])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        try expectWellFormed(try String(contentsOfFile: output, encoding: .utf8), format: "sarif")
    }

    @Test func unknownFormatIsAUsageError() throws {
        let directory = try TemporaryDirectory()
        let result = try check(try ReleaseFixture.passing(in: directory), ["--format", "pdf"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func helpExitsZero() throws {
        let result = try CLIRunner.run(["checklist", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: clearance checklist"))
    }

    private func expectWellFormed(_ text: String, format: String) throws {
        switch format {
        case "junit":
            let xml = try XMLDocument(data: Data(text.utf8))
            #expect(xml.rootElement()?.name == "testsuites")
        case "markdown":
            #expect(text.hasPrefix("# License obligations checklist: "))
        default:
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            let key = ["json": "schemaVersion", "sarif": "runs", "cyclonedx": "bomFormat"][format] ?? ""
            #expect(object?[key] != nil, "\(format) lacks \(key)")
        }
    }
}
