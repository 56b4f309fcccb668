import Foundation
import Platform
import TestSupport

/// One run of the built `clearance` executable: how it ended, what it printed, what it cost.
///
/// It runs under GNU `time`, which reports the peak resident memory of clearance alone: Linux
/// charges a process started by `posix_spawn` or `fork` with the peak of the process it was
/// started from, so the test process cannot measure its own children.
struct ClearanceRun {
    /// The exit status; a signal is reported as 128 + its number, as shells do.
    let status: Int32
    let stdout: String
    let stderr: String
    /// Wall-clock time from spawn to exit.
    let elapsed: Duration
    /// Processor time, user and system: unlike wall-clock time, not stretched when other tests
    /// run on the same cores.
    let processorTime: Duration
    /// Peak resident set size, in bytes.
    let peakMemory: Int

    /// GNU time, which ci/setup installs.
    static let timeCommand = "/usr/bin/time"

    /// Runs `clearance` with `arguments`, its output going to files in `scratch`.
    static func run(_ arguments: [String], in scratch: TemporaryDirectory) throws -> ClearanceRun {
        let out = scratch.path("stdout-\(UUID().uuidString)")
        let err = scratch.path("stderr-\(UUID().uuidString)")
        let usage = scratch.path("usage-\(UUID().uuidString)")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv =
            ([timeCommand, "-f", "%U %S %M", "-o", usage, executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid = pid_t()
        let spawned = posix_spawn(&pid, timeCommand, &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnError(code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw SpawnError(code: errno) }
        }
        let elapsed = clock.now - start
        let report = (try? String(contentsOfFile: usage, encoding: .utf8)) ?? ""
        let fields = report.split(separator: "\n").last?.split(separator: " ") ?? []
        guard fields.count == 3, let user = Double(fields[0]), let system = Double(fields[1]),
            let kibibytes = Int(fields[2])
        else {
            throw SpawnError(code: -1)
        }
        return ClearanceRun(
            status: Self.exitStatus(status),
            stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "",
            elapsed: elapsed,
            processorTime: .seconds(user + system),
            peakMemory: kibibytes * 1024
        )
    }

    /// The status `waitpid` reported, as a shell would show it (time passes a signal on as 128 + its number).
    private static func exitStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// The `clearance` binary built next to the test bundle.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("clearance")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("clearance")
    }()

    struct SpawnError: Error {
        let code: Int32
    }
}
