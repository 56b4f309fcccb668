import Foundation
import TestSupport

/// `Tests/Fixtures/hub/hub_fixture.py`: a fixture release of about 17 GB (sparse weights) on
/// disk, and a stand-in for the Hub serving it on 127.0.0.1, stopped when the value goes away.
final class HubFixtureServer {
    static let script = ReleaseFixture.testsFolder.appendingPathComponent("Fixtures/hub/hub_fixture.py").path
    static let repository = "acme/Llama-3.1-Acme-8B"
    static let commit = "0123456789abcdef0123456789abcdef01234567"

    let directory: TemporaryDirectory
    /// The release as downloaded: the folder the server serves.
    let release: String
    /// `HF_ENDPOINT` for the server.
    let endpoint: String
    private let process: Process
    /// Closed to stop the server.
    private let input = Pipe()

    /// Writes the release and starts serving it with `options` (`--token T`, `--forbidden`, …).
    init(_ options: [String] = []) throws {
        directory = try TemporaryDirectory()
        release = directory.path("release")
        let make = try CLIRunner.run(
            executable: URL(fileURLWithPath: "/usr/bin/env"), ["python3", Self.script, "make", release])
        guard make.status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: make.stderr])
        }
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["python3", Self.script, "serve", "--root", release, "--repo", Self.repository, "--sha", Self.commit]
            + options
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = input
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line += chunk
        }
        let port =
            String(decoding: line, as: UTF8.self).split(separator: " ").last?.trimmingCharacters(
                in: .whitespacesAndNewlines) ?? ""
        endpoint = "http://127.0.0.1:\(port)"
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// `clearance ARGUMENTS` against this server, with `HF_TOKEN` as given (unset by default).
    func clearance(_ arguments: [String], token: String? = nil) throws -> CLIRunner.Result {
        var environment = ["HF_ENDPOINT": endpoint, "HF_TOKEN": token ?? ""]
        environment["CI"] = "1"
        return try CLIRunner.run(arguments, environment: environment)
    }

    /// What the server sent: body bytes in all, and each request.
    func statistics() throws -> (bytes: Int, requests: [NSDictionary]) {
        let fetch = try CLIRunner.run(
            executable: URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", "-c",
                "import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1]).read().decode())",
                endpoint + "/_stats",
            ])
        let data = Data(fetch.stdout.utf8)
        let object = try JSONSerialization.jsonObject(with: data) as? NSDictionary
        return (object?["bytes"] as? Int ?? -1, object?["requests"] as? [NSDictionary] ?? [])
    }

    /// The apparent size of the release on disk (its sparse weights at their full size).
    func releaseSize() throws -> Int {
        let files = FileManager.default.enumerator(atPath: release)?.compactMap { $0 as? String } ?? []
        return try files.reduce(0) { total, name in
            total
                + ((try FileManager.default.attributesOfItem(atPath: release + "/" + name)[.size] as? NSNumber)?
                    .intValue ?? 0)
        }
    }
}
