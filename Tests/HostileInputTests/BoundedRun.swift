import BundleModel
import Foundation
import TestSupport
import Testing

/// Runs `clearance` on hostile input and checks the promise every case shares: the run ends in
/// under 2 s and 64 MiB, with exit status 0 or 1 (findings) or 2 (one line on stderr), never a
/// crash or a signal.
///
/// Time is judged on processor time, less what starting clearance costs on an empty bundle
/// (loading the built-in policies: a few milliseconds optimised, more than half a second in
/// the debug build `swift test` runs): wall-clock time on two cores shared with the rest of the
/// suite says more about the neighbours than about the input. Wall-clock time is measured
/// with `ContinuousClock` and reported too.
enum BoundedRun {
    static let timeLimit = Duration.seconds(2)
    static let memoryLimit = 64 << 20

    /// The bound for cases whose work is proportional to a large input (100,000 entries, a
    /// 16 MiB index, 64 MiB of text): unoptimised code, which `swift test` builds, does that
    /// work about ten times slower than the release build the 2 s bound is about.
    #if DEBUG
        static let largeInputTimeLimit = timeLimit * 10
    #else
        static let largeInputTimeLimit = timeLimit
    #endif

    /// What `clearance inspect` costs on an empty bundle: the best of three runs.
    static let startupCost: Duration = {
        guard let scratch = try? TemporaryDirectory(), (try? scratch.write("empty/README.md", "# Empty\n")) != nil
        else { return .zero }
        let runs = (0..<3).compactMap { _ in try? ClearanceRun.run(["inspect", scratch.path("empty")], in: scratch) }
        return runs.map(\.processorTime).min() ?? .zero
    }()

    /// `clearance inspect <bundle> --format json`, checked, with its report when it produced one.
    static func inspect(
        _ bundle: String, in scratch: TemporaryDirectory, case name: String, timeLimit: Duration = timeLimit,
        memoryLimit: Int = memoryLimit, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> InspectionReport? {
        let run = try self.run(
            ["inspect", bundle, "--format", "json"], in: scratch, case: name, timeLimit: timeLimit,
            memoryLimit: memoryLimit,
            sourceLocation: sourceLocation
        )
        guard run.status == 0 else { return nil }
        return try JSONDecoder().decode(InspectionReport.self, from: Data(run.stdout.utf8))
    }

    /// Runs `clearance` with `arguments` and checks time, memory and the exit status.
    static func run(
        _ arguments: [String], in scratch: TemporaryDirectory, case name: String, timeLimit: Duration = timeLimit,
        memoryLimit: Int = memoryLimit, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ClearanceRun {
        let run = try ClearanceRun.run(arguments, in: scratch)
        let cost = run.processorTime - startupCost
        if ProcessInfo.processInfo.environment["CLEARANCE_HOSTILE_REPORT"] != nil {
            print(
                "hostile \(name): exit \(run.status), \(milliseconds(run.elapsed)) ms wall, \(milliseconds(cost)) ms processor beyond start-up, peak \(run.peakMemory >> 20) MiB"
            )
        }
        #expect(
            [0, 1, 2].contains(run.status), "\(name): exit status \(run.status); stderr: \(run.stderr)",
            sourceLocation: sourceLocation)
        #expect(
            cost < timeLimit, "\(name): \(cost) of processor time beyond start-up (\(run.elapsed) wall)",
            sourceLocation: sourceLocation)
        #expect(
            run.peakMemory < memoryLimit, "\(name): peak memory \(run.peakMemory >> 20) MiB",
            sourceLocation: sourceLocation)
        if run.status == 2 {
            let lines = run.stderr.split(separator: "\n")
            #expect(
                lines.count == 1, "\(name): exit 2 must explain itself in one line, got: \(run.stderr)",
                sourceLocation: sourceLocation)
        }
        return run
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}

/// The parts of `clearance inspect --format json` the hostile cases look at.
struct InspectionReport: Decodable {
    let artifacts: [Artifact]
    let defects: [Defect]

    /// The kinds of every defect, for `contains` checks.
    var defectKinds: Set<DefectKind> { Set(defects.map(\.kind)) }
}
