import Foundation
import TestSupport
import Testing

/// The Notice file's artifact (`metadata.noticeLines`) and the notice-line finding come from one
/// matcher, so they cannot disagree: a notice wrapped over three lines is exact on the artifact
/// and passes the rule; one cut short is near on the artifact and fails it.
@Suite(.enabled(if: UpstreamTexts.isAvailable, Comment(rawValue: UpstreamTexts.missingMessage)))
struct NoticeLineAgreementTests {
    struct Report: Decodable {
        struct Artifact: Decodable {
            struct Metadata: Decodable {
                struct NoticeLine: Decodable { let licenseID: String; let isExact: Bool }
                let noticeLines: [NoticeLine]?
            }
            let path: String
            let metadata: Metadata?
        }
        struct Finding: Decodable { let ruleId: String; let status: String }
        let artifacts: [Artifact]
        let findings: [Finding]
    }

    static let words: [String] = NoticeLines.line("llama3.1").split(separator: " ").map(String.init)
    /// The required line, wrapped over three lines.
    static let wrapped: String = [words[0..<6], words[6..<12], words[12...]].map { $0.joined(separator: " ") }.joined(
        separator: "\n")
    /// The required line without its last word.
    static let cutShort: String = words.dropLast().joined(separator: " ")

    @Test(arguments: [(wrapped, true), (cutShort, false)])
    func theArtifactAndTheFindingAgree(notice: String, exact: Bool) throws {
        var release = try #require(LicenseFamily.all.first { $0.license == "llama3.1" }).compliant
        release[text: "NOTICE"] = notice + "\n"
        let directory = try TemporaryDirectory()
        let path = try ReleaseContainer.directory.write(release, named: "release", in: directory)
        let result = try CLIRunner.run(["check", path, "--format", "json"])
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        let lines = report.artifacts.first { $0.path == "NOTICE" }?.metadata?.noticeLines ?? []
        #expect(lines.map(\.licenseID) == ["llama3.1"])
        #expect(lines.map(\.isExact) == [exact])
        let finding = try #require(report.findings.first { $0.ruleId == "llama3_1_notice_line" })
        #expect(finding.status == (exact ? "pass" : "fail"))
    }
}
