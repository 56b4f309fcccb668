import Foundation
import TestSupport

/// A list of small releases on disk for `check --batch`, and a way to run the binary on it with
/// standard input.
struct BatchFixture {
    let directory: TemporaryDirectory
    /// The bundles in list order.
    let bundles: [String]

    /// `count` bundles cycling through a passing release, a failing one and a missing path.
    init(count: Int, includingMissing: Bool = true) throws {
        directory = try TemporaryDirectory()
        var bundles: [String] = []
        for index in 0..<count {
            switch index % 3 {
            case 0: bundles.append(try ReleaseFixture.passing(in: directory, named: "pass-\(index)"))
            case 1: bundles.append(try ReleaseFixture.failing(in: directory, named: "fail-\(index)"))
            default:
                bundles.append(
                    includingMissing
                        ? directory.path("missing-\(index)")
                        : try ReleaseFixture.passing(in: directory, named: "pass-\(index)"))
            }
        }
        self.bundles = bundles
    }

    /// Writes the list to a file and returns its path.
    func listFile() throws -> String {
        try directory.write("bundles.txt", bundles.joined(separator: "\n") + "\n")
    }

    /// `clearance check --batch … --policies <fixed>` with `input` on standard input, in `folder`
    /// when given (where a `.clearance.yml` is looked for).
    static func run(
        _ arguments: [String], input: String = "", in folder: String? = nil,
        environment: [String: String] = [:]
    ) throws -> CLIRunner.Result {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["check"] + arguments + ["--policies", ReleaseFixture.policies]
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdin = Pipe()
        let out = Pipe()
        let err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Each line of `text` as a JSON object.
    static func objects(_ text: String) throws -> [NSDictionary] {
        try text.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary else {
                throw CocoaError(.coderReadCorrupt)
            }
            return object
        }
    }
}
