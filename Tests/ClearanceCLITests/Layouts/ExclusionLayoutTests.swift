import ArchiveIO
import Foundation
import TestSupport
import Testing

/// `--exclude` and `.clearanceignore`, in folders and archives alike, and the counts the
/// inventory gives for them.
@Suite struct ExclusionLayoutTests {
    static let files: [String: String] = [
        "README.md": "# M\n", "drafts/a.md": "a\n", "drafts/keep.md": "keep\n", "notes.tmp": "t\n",
        "logs/run.log": "l\n",
        "eval/keep.log": "k\n", "sub/notes.tmp": "t\n",
        ".clearanceignore": "# scratch\ndrafts/\n!drafts/keep.md\n*.log\n!eval/*.log\n/notes.tmp\n",
    ]

    static func write(_ container: ReleaseContainer, in directory: TemporaryDirectory) throws -> String {
        var release = Release()
        for (path, text) in files { release[text: path] = text }
        return try container.write(release, named: "release", in: directory)
    }

    @Test(arguments: [ReleaseContainer.directory, .tar, .zip])
    func rulesApplyInFoldersAndArchives(container: ReleaseContainer) throws {
        let directory = try TemporaryDirectory()
        let checked = try LayoutCheck.inspect(try Self.write(container, in: directory), ["--exclude", "sub/"])
        #expect(checked.report.artifacts.map(\.path).sorted() == [".clearanceignore", "README.md", "eval/keep.log"])
        let tally = (checked.report.exclusions ?? []).map { "\($0.pattern) (\($0.origin)): \($0.files)" }
        #expect(
            tally.sorted() == [
                "!drafts/keep.md (.clearanceignore:3): 0", "!eval/*.log (.clearanceignore:5): 0",
                "*.log (.clearanceignore:4): 1",
                "/notes.tmp (.clearanceignore:6): 1", "drafts/ (.clearanceignore:2): 2", "sub/ (--exclude): 1",
            ])
    }

    @Test func aBadPatternIsAUsageError() throws {
        let directory = try TemporaryDirectory()
        let result = try CLIRunner.run([
            "check", try Self.write(.directory, in: directory), "--exclude", "# only a comment",
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--exclude"))
    }
}
