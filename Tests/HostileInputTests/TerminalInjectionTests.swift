import ArchiveIO
import Foundation
import TestSupport
import Testing

/// Issue 11, item 8: names, link targets and excerpts reach a person's terminal or a rendered
/// checklist with their control characters escaped: no escape sequence, no line break, no
/// bidirectional override. The JSON keeps them exactly.
@Suite struct TerminalInjectionTests {
    static let escape = "\u{1B}[2J\u{1B}]0;pwned\u{07}"
    static let hostileName = "model/../evil\(escape)\nfake line\u{202E}txt.exe"
    static let hostileTarget = "\(escape)\u{2066}target"

    static let forbidden: [Unicode.Scalar] = [
        "\u{1B}", "\u{07}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}",
        "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}",
    ]

    private func bundle(in scratch: TemporaryDirectory) throws -> String {
        let entries: [ArchiveWriter.Entry] = [
            .file("model/README.md", text: "---\nlicense: apache-2.0\n---\n# Model \u{202E}gnp.exe\n"),
            .file("model/NOTICE", text: "Copyright \u{202E}Acme\u{1B}[8m hidden\n"),
            .file(Self.hostileName, text: "x"),
            .symlink("model/link", to: Self.hostileTarget),
        ]
        return try scratch.write("bundle.tar", try ArchiveWriter.data(entries, container: .tar(.pax)))
    }

    private func expectClean(_ output: String, _ what: String) {
        let found = output.unicodeScalars.filter { Self.forbidden.contains($0) }
        #expect(found.isEmpty, "\(what) prints \(found.map { String($0.value, radix: 16) })")
        #expect(!output.contains("\nfake line"), "\(what) breaks a line inside a name")
    }

    @Test func inspectText() throws {
        let scratch = try TemporaryDirectory()
        let run = try BoundedRun.run(
            ["inspect", try bundle(in: scratch)], in: scratch, case: "inspect text of hostile names")
        #expect(run.status == 0)
        expectClean(run.stdout, "inspect")
    }

    @Test(arguments: ["text", "markdown"])
    func checkReports(format: String) throws {
        let scratch = try TemporaryDirectory()
        let run = try BoundedRun.run(
            ["check", try bundle(in: scratch), "--format", format], in: scratch,
            case: "check \(format) of hostile names")
        #expect(run.status == 1)
        expectClean(run.stdout, "check --format \(format)")
    }

    /// The one line of an error names the bundle as uploaded: its controls are escaped, and a
    /// line break in the name cannot add a second line.
    @Test func errorLine() throws {
        let scratch = try TemporaryDirectory()
        let bundle = try scratch.write("upload\(Self.escape)\nfake line\u{202E}.tar", "not an archive at all\n")
        let run = try BoundedRun.run(["inspect", bundle], in: scratch, case: "an error naming a hostile upload")
        #expect(run.status == 2)
        expectClean(run.stderr, "the error line")
        #expect(run.stderr.contains("fake line"), "\(run.stderr)")
    }

    /// The JSON report is for programs: it keeps every name exactly.
    @Test func jsonKeepsTheNames() throws {
        let scratch = try TemporaryDirectory()
        let run = try BoundedRun.run(
            ["inspect", try bundle(in: scratch), "--format", "json"], in: scratch, case: "inspect json of hostile names"
        )
        let report = try JSONDecoder().decode(InspectionReport.self, from: Data(run.stdout.utf8))
        #expect(report.artifacts.contains { $0.linkTarget == Self.hostileTarget })
        #expect(report.artifacts.contains { $0.path.hasSuffix("evil\(Self.escape)\nfake line\u{202E}txt.exe") })
    }
}
