import BundleModel
import Foundation
import Testing

/// Runs `clearance` on hostile input and checks the promise every case shares: the run ends in
/// under 2 s and 64 MiB, with exit status 0 or 1 (findings) or 2 (one line on stderr), never a
/// crash or a signal.
enum BoundedRun {
    static let timeLimit = Duration.seconds(2)
    static let memoryLimit = 64 << 20

    /// `clearance inspect <bundle> --format json`, checked, with its report when it produced one.
    static func inspect(_ bundle: String, in scratch: ScratchFolder, case name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> InspectionReport? {
        let run = try self.run(["inspect", bundle, "--format", "json"], in: scratch, case: name, sourceLocation: sourceLocation)
        guard run.status == 0 else { return nil }
        return try JSONDecoder().decode(InspectionReport.self, from: Data(run.stdout.utf8))
    }

    /// Runs `clearance` with `arguments` and checks time, memory and the exit status.
    static func run(_ arguments: [String], in scratch: ScratchFolder, case name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ClearanceRun {
        let run = try ClearanceRun.run(arguments, in: scratch)
        if ProcessInfo.processInfo.environment["CLEARANCE_HOSTILE_REPORT"] != nil {
            print("hostile \(name): exit \(run.status), \(run.elapsed.formatted(.units(allowed: [.milliseconds]))), peak \(run.peakMemory >> 20) MiB")
        }
        #expect([0, 1, 2].contains(run.status), "\(name): exit status \(run.status); stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.elapsed < timeLimit, "\(name): took \(run.elapsed)", sourceLocation: sourceLocation)
        #expect(run.peakMemory < memoryLimit, "\(name): peak memory \(run.peakMemory >> 20) MiB", sourceLocation: sourceLocation)
        if run.status == 2 {
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(name): exit 2 must explain itself in one line, got: \(run.stderr)", sourceLocation: sourceLocation)
        }
        return run
    }
}

/// The parts of `clearance inspect --format json` the hostile cases look at.
struct InspectionReport: Decodable {
    let artifacts: [Artifact]
    let defects: [Defect]

    /// The kinds of every defect, for `contains` checks.
    var defectKinds: Set<DefectKind> { Set(defects.map(\.kind)) }
}
