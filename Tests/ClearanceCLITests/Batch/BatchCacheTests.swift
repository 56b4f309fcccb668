import Foundation
import Platform
import TestSupport
import Testing

/// `check --batch --cache`: unchanged bundles are answered without being read, anything that
/// changes a report misses, and two processes can share one cache file.
@Suite struct BatchCacheTests {
    private func batch(
        _ list: String, cache: String, _ extra: [String] = []
    ) throws -> (result: CLIRunner.Result, lines: [NSDictionary]) {
        let result = try BatchFixture.run(["--batch", list, "--cache", cache, "--format", "json"] + extra)
        return (result, try BatchFixture.objects(result.stdout))
    }

    private func summary(_ lines: [NSDictionary]) -> NSDictionary? { lines.last?["batch"] as? NSDictionary }

    /// Rewrites `path` in place with `text` of the same length and puts its modification time back.
    private func rewriteKeepingSignature(_ path: String, from old: String, to new: String) throws {
        var before = stat()
        #expect(stat(path, &before) == 0)
        let content = try String(contentsOfFile: path, encoding: .utf8)
        let changed = content.replacingOccurrences(of: old, with: new)
        #expect(changed.utf8.count == content.utf8.count && changed != content)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(changed.utf8))
        try handle.close()
        // To the nanosecond: the cache compares modification times exactly.
        let times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, times, 0) == 0)
    }

    @Test func anUnchangedBundleIsAnsweredWithoutBeingRead() throws {
        let fixture = try BatchFixture(count: 9)
        let list = try fixture.listFile()
        let cache = fixture.directory.path("reports.sqlite")
        let first = try batch(list, cache: cache)
        #expect(summary(first.lines)?["fromCache"] as? Int == 0)
        // The card now names another model, but the file's inode, size and mtime are unchanged.
        try rewriteKeepingSignature(fixture.directory.path("pass-0/README.md"), from: "Example", to: "Changed")
        let second = try batch(list, cache: cache)
        #expect(summary(second.lines)?["fromCache"] as? Int == 6, "the three missing bundles are never cached")
        #expect(second.lines == first.lines.dropLast() + [second.lines.last!], "the same reports, from the cache")
        #expect(
            (second.lines[0]["artifacts"] as? [NSDictionary])?.description.contains("Changed") == false,
            "the stale card proves the bundle was not read")
        #expect(second.result.status == first.result.status)
    }

    @Test func aTouchedBundleIsReadAgain() throws {
        let fixture = try BatchFixture(count: 2, includingMissing: false)
        let list = try fixture.listFile()
        let cache = fixture.directory.path("reports.sqlite")
        _ = try batch(list, cache: cache)
        try fixture.directory.write("pass-0/README.md", "# Renamed model\n")
        let second = try batch(list, cache: cache)
        #expect(summary(second.lines)?["fromCache"] as? Int == 1)
        #expect(String(describing: second.lines[0]).contains("Renamed model"))
    }

    @Test func withHashAnArchiveRewrittenInPlaceIsReadAgain() throws {
        let fixture = try BatchFixture(count: 1, includingMissing: false)
        let archive = fixture.directory.path("release.tar")
        let tar = try CLIRunner.run(
            executable: URL(fileURLWithPath: "/usr/bin/env"),
            ["tar", "-cf", archive, "-C", fixture.directory.path, "pass-0"])
        #expect(tar.status == 0)
        let list = try fixture.directory.write("archives.txt", archive + "\n")
        let cache = fixture.directory.path("reports.sqlite")
        let first = try batch(list, cache: cache, ["--hash"])
        try rewriteKeepingSignature(archive, from: "# Example", to: "# Exbmple")
        let plain = try batch(list, cache: cache, ["--hash"])
        #expect(summary(plain.lines)?["fromCache"] as? Int == 0, "the digest no longer matches")
        #expect(first.lines[0] != plain.lines[0])
        let again = try batch(list, cache: cache, ["--hash"])
        #expect(summary(again.lines)?["fromCache"] as? Int == 1)
    }

    @Test(arguments: [["--fail-on", "review"], ["--hash"], ["--policies", ReleaseFixture.policies + "/"]])
    func optionsThatChangeAReportMiss(options: [String]) throws {
        let fixture = try BatchFixture(count: 2, includingMissing: false)
        let list = try fixture.listFile()
        let cache = fixture.directory.path("reports.sqlite")
        _ = try batch(list, cache: cache)
        let other = try batch(list, cache: cache, options)
        let cachedCount = summary(other.lines)?["fromCache"] as? Int
        if options.first == "--policies" {
            #expect(cachedCount == 2, "the same policies from the same folder give the same context")
        } else {
            #expect(cachedCount == 0)
        }
    }

    @Test func factsAreInTheKey() throws {
        let fixture = try BatchFixture(count: 2, includingMissing: false)
        let list = try fixture.listFile()
        let cache = fixture.directory.path("reports.sqlite")
        let facts = try fixture.directory.write("facts.yml", "distribution:\n  commercial: true\n")
        _ = try batch(list, cache: cache, ["--facts", facts])
        #expect(summary(try batch(list, cache: cache, ["--facts", facts]).lines)?["fromCache"] as? Int == 2)
        try fixture.directory.write("facts.yml", "distribution:\n  commercial: false\n")
        #expect(summary(try batch(list, cache: cache, ["--facts", facts]).lines)?["fromCache"] as? Int == 0)
    }

    @Test func waiversAreInTheKey() throws {
        let fixture = try BatchFixture(count: 2, includingMissing: false)
        let list = try fixture.listFile()
        let cache = fixture.directory.path("reports.sqlite")
        let waivers = try ReleaseFixture.waivers(in: fixture.directory)
        let waived = try batch(list, cache: cache, ["--waivers", waivers])
        #expect(try summary(batch(list, cache: cache, ["--waivers", waivers]).lines)?["fromCache"] as? Int == 2)
        let text = try String(contentsOfFile: waivers, encoding: .utf8)
        try fixture.directory.write("waivers.yml", text.replacingOccurrences(of: "2099-12-31", with: "2000-12-31"))
        let expired = try batch(list, cache: cache, ["--waivers", waivers])
        #expect(summary(expired.lines)?["fromCache"] as? Int == 0, "an expired waiver misses the cache")
        #expect(waived.result.status == 0 && expired.result.status == 1, "the failure is waived, then no longer")
    }

    @Test func theContentOfThePoliciesIsInTheKey() throws {
        let fixture = try BatchFixture(count: 2, includingMissing: false)
        let list = try fixture.listFile()
        let cache = fixture.directory.path("reports.sqlite")
        let policies = fixture.directory.path("policies")
        try FileManager.default.copyItem(atPath: ReleaseFixture.policies, toPath: policies)
        func run() throws -> [NSDictionary] {
            let result = try CLIRunner.run([
                "check", "--batch", list, "--cache", cache, "--format", "json",
                "--policies", policies,
            ])
            return try BatchFixture.objects(result.stdout)
        }
        let before = try run()
        #expect(summary(try run())?["fromCache"] as? Int == 2)
        let general = policies + "/general.yml"
        let pack = try String(contentsOfFile: general, encoding: .utf8)
        try fixture.directory.write(
            "policies/general.yml",
            pack.replacingOccurrences(
                of: "remediation: Add the missing shards,",
                with: "remediation: Add every missing shard,"))
        let after = try run()
        #expect(summary(after)?["fromCache"] as? Int == 0, "a changed rule in the same folder misses the cache")
        #expect(after.dropLast() != before.dropLast())
        let table = ReleaseFixture.repositoryRoot.appendingPathComponent("policies/lineage/base-models.yml").path
        try FileManager.default.createDirectory(atPath: policies + "/lineage", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: table, toPath: policies + "/lineage/base-models.yml")
        #expect(summary(try run())?["fromCache"] as? Int == 0, "so does a lineage table added to it")
    }

    @Test func twoProcessesShareOneCache() throws {
        let fixture = try BatchFixture(count: 30, includingMissing: false)
        let list = try fixture.listFile()
        let cache = fixture.directory.path("reports.sqlite")
        let runs = try (0..<2).map { _ in
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = [
                "check", "--batch", list, "--cache", cache, "--jobs", "2", "--policies", ReleaseFixture.policies,
            ]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = Pipe()
            try process.run()
            return (process, out)
        }
        let outputs = runs.map { process, out in
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        #expect(outputs[0].0 == 1 && outputs[1].0 == 1)
        #expect(try BatchFixture.objects(outputs[0].1) == BatchFixture.objects(outputs[1].1))
        let stats = try CLIRunner.run(["cache", "stats", cache, "--format", "json"])
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? NSDictionary)
        #expect(counts["reports"] as? Int == 30)
        let third = try batch(list, cache: cache)
        #expect(summary(third.lines)?["fromCache"] as? Int == 30)
    }

    @Test func statsAndPruneSayWhatTheCacheHoldsAndWhatWent() throws {
        let fixture = try BatchFixture(count: 3, includingMissing: false)
        let cache = fixture.directory.path("reports.sqlite")
        _ = try batch(try fixture.listFile(), cache: cache)
        let stats = try CLIRunner.run(["cache", "stats", cache])
        #expect(stats.status == 0)
        #expect(stats.stdout.hasPrefix("\(cache): 3 reports about 3 bundles"), "\(stats.stdout)")
        let keep = try CLIRunner.run(["cache", "prune", cache, "--max-age-days", "30"])
        #expect(keep.stdout == "\(cache): removed 0 reports (0.0 KiB); 3 left\n")
        let bySize = try CLIRunner.run(["cache", "prune", cache, "--max-size-mib", "0"])
        #expect(bySize.stdout.hasPrefix("\(cache): removed 3 reports ("), "\(bySize.stdout)")
        #expect(bySize.stdout.hasSuffix("; 0 left\n"))
        let missing = try CLIRunner.run([
            "cache", "prune", fixture.directory.path("none.sqlite"), "--max-age-days", "1",
        ])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.sqlite: cannot be used as a report cache: no such file"))
    }

    @Test func aFileThatIsNoCacheStopsTheBatch() throws {
        let fixture = try BatchFixture(count: 1)
        let cache = try fixture.directory.write("not-a-cache", "plain text, not SQLite\n")
        let result = try BatchFixture.run(["--batch", try fixture.listFile(), "--cache", cache])
        #expect(result.status == 2)
        #expect(result.stderr == "clearance: \(cache): cannot be used as a report cache: file is not a database\n")
    }
}
