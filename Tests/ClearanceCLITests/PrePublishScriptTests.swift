import Foundation
import TestSupport
import Testing

/// `integrations/pre-publish` refuses to push or upload a release while `clearance check` fails on it.
@Suite struct PrePublishScriptTests {
    static let script = ReleaseFixture.repositoryRoot.appendingPathComponent("integrations/pre-publish").path

    /// The environment the script needs: the built binary, the fixed policies, a folder of
    /// stand-in commands first on PATH, and a temporary folder of its own (`TMPDIR`), which must
    /// be empty again when the script is done.
    private func environment(_ directory: TemporaryDirectory) throws -> [String: String] {
        try FileManager.default.createDirectory(atPath: directory.path("tmp"), withIntermediateDirectories: true)
        for command in ["huggingface-cli", "hf"] {
            try directory.write(
                "bin/\(command)", Array("#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/../uploaded\"\n".utf8))
            chmod(directory.path("bin/\(command)"), 0o755)
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return [
            "CLEARANCE": CLIRunner.executable.path, "CLEARANCE_ARGS": "--policies \(ReleaseFixture.policies)",
            "PATH": directory.path("bin") + ":" + path, "TMPDIR": directory.path("tmp"),
        ]
    }

    private func run(
        _ arguments: [String], in folder: String? = nil, environment: [String: String]
    ) throws -> CLIRunner.Result {
        let result = try CLIRunner.run(
            executable: URL(fileURLWithPath: "/bin/bash"), [Self.script] + arguments, in: folder,
            environment: environment)
        if let temporary = environment["TMPDIR"] {
            let left = try FileManager.default.contentsOfDirectory(atPath: temporary)
            #expect(left == [], "pre-publish left its scratch folder behind")
        }
        return result
    }

    @Test func uploadOfAFailingReleaseIsRefused() throws {
        let directory = try TemporaryDirectory()
        let release = try ReleaseFixture.failing(in: directory)
        let result = try run(
            ["huggingface-cli", "upload", "acme/model", release], environment: try environment(directory))
        #expect(result.status == 1)
        #expect(result.stderr.contains("pre-publish: refusing to publish"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("uploaded")))
    }

    @Test func uploadOfAPassingReleaseGoesAhead() throws {
        let directory = try TemporaryDirectory()
        let release = try ReleaseFixture.passing(in: directory)
        let result = try run(
            ["huggingface-cli", "upload", "acme/model", release, "--private"], environment: try environment(directory))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try String(contentsOfFile: directory.path("uploaded"), encoding: .utf8)
                == "upload acme/model \(release) --private\n")
    }

    @Test func gitPushHookStopsAFailingPushAndLetsAPassingOneThrough() throws {
        let directory = try TemporaryDirectory()
        let environment = try environment(directory)
        let remote = directory.path("remote.git")
        let work = try ReleaseFixture.failing(in: directory, named: "model")
        let git = { (arguments: [String]) throws -> CLIRunner.Result in
            try CLIRunner.run(
                executable: URL(fileURLWithPath: "/usr/bin/env"),
                ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments, in: work,
                environment: environment)
        }
        #expect(
            try CLIRunner.run(
                executable: URL(fileURLWithPath: "/usr/bin/env"), ["git", "init", "-q", "--bare", remote],
                environment: environment
            ).status == 0)
        for step in [
            ["init", "-q"], ["add", "."], ["commit", "-qm", "release"], ["remote", "add", "origin", remote],
        ] {
            #expect(try git(step).status == 0)
        }
        try FileManager.default.createSymbolicLink(
            atPath: work + "/.git/hooks/pre-push", withDestinationPath: Self.script)
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

    @Test(arguments: ["hf", "huggingface-cli"])
    func uploadOptionsAreNotTakenForTheFolder(command: String) throws {
        let directory = try TemporaryDirectory()
        let environment = try environment(directory)
        let failing = try ReleaseFixture.failing(in: directory)
        let refused = try run(
            [
                command, "upload", "--repo-type", "model", "--revision", "main", "acme/model", failing,
                "--commit-message", "v1",
            ],
            environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("clearance check \(failing)"), "\(refused.stderr)")
        let passing = try ReleaseFixture.passing(in: directory)
        let accepted = try run(
            [command, "upload", "--repo-type=model", "acme/model", passing, "weights/", "--private"],
            environment: environment)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(
            try String(contentsOfFile: directory.path("uploaded"), encoding: .utf8)
                == "upload --repo-type=model acme/model \(passing) weights/ --private\n")
    }

    @Test func uploadExclusionsAreLeftOutOfTheCheck() throws {
        let directory = try TemporaryDirectory()
        let failing = try ReleaseFixture.failing(in: directory)
        let result = try run(
            ["hf", "upload", "acme/model", failing, "--exclude", "*.safetensors", "*.bin"],
            environment: try environment(directory))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("--exclude *.safetensors --exclude *.bin"))
    }

    /// A repository whose committed tree passes while its work tree holds a failing file, and the
    /// reverse on a second branch.
    private func repository(
        in directory: TemporaryDirectory, environment: [String: String]
    ) throws -> (work: String, git: ([String]) throws -> CLIRunner.Result) {
        let work = try ReleaseFixture.passing(in: directory, named: "model")
        let git = { (arguments: [String]) throws -> CLIRunner.Result in
            try CLIRunner.run(
                executable: URL(fileURLWithPath: "/usr/bin/env"),
                ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments,
                in: work, environment: environment)
        }
        #expect(
            try CLIRunner.run(
                executable: URL(fileURLWithPath: "/usr/bin/env"),
                ["git", "init", "-q", "--bare", directory.path("remote.git")], environment: environment
            ).status == 0)
        for step in [
            ["init", "-q", "-b", "main"], ["add", "."], ["commit", "-qm", "passing release"],
            ["remote", "add", "origin", directory.path("remote.git")],
        ] {
            #expect(try git(step).status == 0)
        }
        return (work, git)
    }

    @Test func gitPushChecksTheCommitsNotTheWorkTree() throws {
        let directory = try TemporaryDirectory()
        let environment = try environment(directory)
        let (work, git) = try repository(in: directory, environment: environment)
        try ReleaseFixture.failing(in: directory, named: "model")  // an untracked pointer file in the work tree
        let clean = try run(["git", "push", "-q", "origin", "main"], in: work, environment: environment)
        #expect(clean.status == 0, "the untracked file is not pushed: \(clean.stderr)")
        #expect(clean.stderr.contains("checking the tree of main"))

        #expect(try git(["checkout", "-qb", "broken"]).status == 0)
        #expect(try git(["add", "model.safetensors"]).status == 0)
        #expect(try git(["commit", "-qm", "add a pointer"]).status == 0)
        try FileManager.default.removeItem(atPath: work + "/model.safetensors")
        let refused = try run(
            ["git", "push", "--force", "origin", "+broken:refs/heads/release", "main"], in: work,
            environment: environment)
        #expect(refused.status == 1, "the committed pointer is pushed, whatever the work tree holds: \(refused.stderr)")
        #expect(refused.stderr.contains("checking the tree of broken"))
    }

    @Test func thePrePushHookChecksThePushedCommits() throws {
        let directory = try TemporaryDirectory()
        let environment = try environment(directory)
        let (work, git) = try repository(in: directory, environment: environment)
        try FileManager.default.createSymbolicLink(
            atPath: work + "/.git/hooks/pre-push", withDestinationPath: Self.script)
        try ReleaseFixture.failing(in: directory, named: "model")
        let pushed = try git(["push", "-q", "origin", "main"])
        #expect(pushed.status == 0, "untracked files are not checked: \(pushed.stderr)")
        #expect(try git(["add", "model.safetensors"]).status == 0)
        #expect(try git(["commit", "-qm", "add a pointer"]).status == 0)
        let refused = try git(["push", "-q", "origin", "main"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("refusing to publish"))
    }
}
