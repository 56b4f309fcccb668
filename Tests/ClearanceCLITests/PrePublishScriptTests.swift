import Foundation
import TestSupport
import Testing

/// `ci/pre-publish` refuses to push or upload a release while `clearance check` fails on it.
@Suite struct PrePublishScriptTests {
    static let script = ReleaseFixture.repositoryRoot.appendingPathComponent("ci/pre-publish").path

    /// The environment the script needs: the built binary, the fixed policies, and a folder of
    /// stand-in commands first on PATH.
    private func environment(_ directory: TemporaryDirectory) throws -> [String: String] {
        try directory.write("bin/huggingface-cli", Array("#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/../uploaded\"\n".utf8))
        chmod(directory.path("bin/huggingface-cli"), 0o755)
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return ["CLEARANCE": CLIRunner.executable.path, "CLEARANCE_ARGS": "--policies \(ReleaseFixture.policies)", "PATH": directory.path("bin") + ":" + path]
    }

    private func run(_ arguments: [String], in folder: String? = nil, environment: [String: String]) throws -> CLIRunner.Result {
        try CLIRunner.run(executable: URL(fileURLWithPath: "/bin/bash"), [Self.script] + arguments, in: folder, environment: environment)
    }

    @Test func uploadOfAFailingReleaseIsRefused() throws {
        let directory = try TemporaryDirectory()
        let release = try ReleaseFixture.failing(in: directory)
        let result = try run(["huggingface-cli", "upload", "acme/model", release], environment: try environment(directory))
        #expect(result.status == 1)
        #expect(result.stderr.contains("pre-publish: refusing to publish"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("uploaded")))
    }

    @Test func uploadOfAPassingReleaseGoesAhead() throws {
        let directory = try TemporaryDirectory()
        let release = try ReleaseFixture.passing(in: directory)
        let result = try run(["huggingface-cli", "upload", "acme/model", release, "--private"], environment: try environment(directory))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: directory.path("uploaded"), encoding: .utf8) == "upload acme/model \(release) --private\n")
    }

    @Test func gitPushHookStopsAFailingPushAndLetsAPassingOneThrough() throws {
        let directory = try TemporaryDirectory()
        let environment = try environment(directory)
        let remote = directory.path("remote.git")
        let work = try ReleaseFixture.failing(in: directory, named: "model")
        let git = { (arguments: [String]) throws -> CLIRunner.Result in
            try CLIRunner.run(executable: URL(fileURLWithPath: "/usr/bin/env"), ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments, in: work, environment: environment)
        }
        #expect(try CLIRunner.run(executable: URL(fileURLWithPath: "/usr/bin/env"), ["git", "init", "-q", "--bare", remote], environment: environment).status == 0)
        for step in [["init", "-q"], ["add", "."], ["commit", "-qm", "release"], ["remote", "add", "origin", remote]] {
            #expect(try git(step).status == 0)
        }
        try FileManager.default.createSymbolicLink(atPath: work + "/.git/hooks/pre-push", withDestinationPath: Self.script)
        let refused = try git(["push", "-q", "origin", "HEAD:refs/heads/main"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("refusing to publish"))

        try FileManager.default.removeItem(atPath: work + "/model.safetensors")
        #expect(try git(["commit", "-qam", "drop the pointer"]).status == 0)
        let accepted = try git(["push", "-q", "origin", "HEAD:refs/heads/main"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
    }

    @Test func unknownCommandNeedsABundle() throws {
        let directory = try TemporaryDirectory()
        let result = try run(["rsync", "-a", ".", "server:"], environment: try environment(directory))
        #expect(result.status == 2)
        #expect(result.stderr.contains("set CLEARANCE_BUNDLE"))
    }
}
