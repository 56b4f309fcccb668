import ArchiveIO
import Foundation
import TestSupport
import Testing

/// The progress line: on standard error when it is a terminal, never with `--no-progress`, in CI
/// (`CI` set) or into a pipe. The tests run the binary on a pseudo-terminal with `script`
/// (util-linux), with `CLEARANCE_PROGRESS_DELAY=0` so the line appears however fast the read is.
@Suite struct ProgressTests {
    /// Runs `clearance` on a pseudo-terminal; what it wrote to stdout and stderr, together.
    private func onTerminal(_ arguments: [String], environment: [String: String]) throws -> CLIRunner.Result {
        let command = ([CLIRunner.executable.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        return try CLIRunner.run(
            executable: URL(fileURLWithPath: "/usr/bin/script"), ["-qfec", command, "/dev/null"],
            environment: ["CLEARANCE_PROGRESS_DELAY": "0", "CI": "", "NO_COLOR": "1", "TERM": "xterm"].merging(
                environment
            ) { $1 })
    }

    /// A zipped release whose weights are a git-lfs pointer (it fails, exit status 1).
    private func bundle(in directory: TemporaryDirectory) throws -> String {
        let pointer =
            "version https://git-lfs.github.com/spec/v1\noid sha256:\(String(repeating: "ab", count: 32))\nsize 4976698672\n"
        return try directory.write(
            "release.zip",
            try ArchiveWriter.data(
                [
                    .file("release/README.md", text: "# Example model\n"),
                    .file("release/model.safetensors", text: pointer),
                ], container: .zip))
    }

    @Test func aTerminalSeesWhatIsBeingRead() throws {
        let directory = try TemporaryDirectory()
        let result = try onTerminal(
            ["check", try bundle(in: directory), "--policies", ReleaseFixture.policies], environment: [:])
        #expect(result.status == 1)
        #expect(result.stdout.contains("clearance: reading "), "\(result.stdout)")
        #expect(result.stdout.contains(" of "), "a file's size is known: bytes of the total")
        #expect(result.stdout.contains("/s"), "the rate")
        #expect(result.stdout.contains("\r\u{1B}[K"), "the line is erased when reading ends")
    }

    @Test(arguments: [(["--no-progress"], [:]), ([], ["CI": "true"])] as [([String], [String: String])])
    func neverWhenTurnedOffOrInCI(extra: [String], environment: [String: String]) throws {
        let directory = try TemporaryDirectory()
        let result = try onTerminal(
            ["check", try bundle(in: directory), "--policies", ReleaseFixture.policies] + extra,
            environment: environment)
        #expect(result.status == 1)
        #expect(!result.stdout.contains("clearance: reading"))
    }

    @Test func neverIntoAPipe() throws {
        let directory = try TemporaryDirectory()
        let result = try CLIRunner.run(
            ["check", try bundle(in: directory), "--policies", ReleaseFixture.policies],
            environment: ["CLEARANCE_PROGRESS_DELAY": "0", "CI": ""])
        #expect(result.stderr.isEmpty)
    }
}
