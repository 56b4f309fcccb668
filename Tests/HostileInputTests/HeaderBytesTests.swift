import ArchiveIO
import BundleModel
import Foundation
import TestSupport
import Testing

/// Issue 11, item 7: the bytes of headers and names count toward a compressed bundle's expansion
/// ratio, the names of all entries together are capped, and memory does not grow with the
/// number of entries in the bundle.
@Suite struct HeaderBytesTests {
    /// A 14 KB tar.zst of 300 entries with names of 900 KB (pax headers).
    @Test func hugeNamesInACompressedTar() throws {
        let scratch = try TemporaryDirectory()
        let tail = String(repeating: "a", count: 900_000)
        let entries = (0..<300).map { ArchiveWriter.Entry.file("model/\($0)\(tail)", []) }
        let bundle = try scratch.write(
            "names.tar.zst", try ArchiveWriter.data(entries, container: .tar(.pax), compression: .zstd))
        let report = try #require(try BoundedRun.inspect(bundle, in: scratch, case: "300 names of 900 KB in a tar.zst"))
        #expect(
            report.defects.contains { [.expansionLimitReached, .nameLimitReached].contains($0.kind) },
            "\(report.defects)")
        let check = try CheckReport.check(bundle, in: scratch, case: "check of 300 names of 900 KB")
        #expect(check.statuses("integrity_read_to_the_end") == ["fail"])
    }

    /// A 1.4 MB tar.zst of 1,000,000 empty entries: half a gigabyte of headers. Reading stops
    /// at the entry cap, 100,000, which fails the check. The entries read until then are all
    /// listed, within the same 64 MiB as every other case, by `inspect` and by `check`.
    @Test func aMillionEmptyEntries() throws {
        let scratch = try TemporaryDirectory()
        let entries = (0..<1_000_000).map {
            ArchiveWriter.Entry.file(String(format: "model/shards/part-%07d.txt", $0), [])
        }
        let bundle = try scratch.write(
            "million.tar.zst", try ArchiveWriter.data(entries, container: .tar(.ustar), compression: .zstd))
        let report = try #require(
            try BoundedRun.inspect(
                bundle, in: scratch, case: "a million empty entries", timeLimit: BoundedRun.largeInputTimeLimit))
        #expect(report.defectKinds.contains(.entryLimitReached), "\(report.defects.prefix(3))")
        #expect(report.artifacts.count == ReadLimits.default.maxEntries)
        let text = try BoundedRun.run(
            ["inspect", bundle], in: scratch, case: "a million empty entries as text",
            timeLimit: BoundedRun.largeInputTimeLimit)
        #expect(text.stdout.contains("\n\(report.artifacts.count) artifacts, 0 B, "), "the listing is written whole")
        let check = try BoundedRun.run(
            ["check", bundle], in: scratch, case: "check of a million empty entries",
            timeLimit: BoundedRun.largeInputTimeLimit)
        #expect(check.status == 1 && check.stdout.contains("integrity_read_to_the_end"), "\(check.stdout)")
    }

    /// Memory is flat in the entry count: a 2.8 MB tar.zst of 1,000,000 empty entries named `0`
    /// to `999999` (never near the names' cap) takes, in `check` and in `inspect` as JSON, within
    /// a few MiB of what the same commands take on a bundle of one entry. Before the entry cap
    /// came down to 100,000, reading went on to the expansion allowance (about 670,000 entries)
    /// and `check` took 24 MiB more than on one entry in the debug build.
    @Test func memoryIsFlatInTheEntryCount() throws {
        let scratch = try TemporaryDirectory()
        let one = try scratch.write(
            "one.tar.zst", try ArchiveWriter.data([.file("0", [])], container: .tar(.ustar), compression: .zstd))
        let entries = (0..<1_000_000).map { ArchiveWriter.Entry.file(String($0), []) }
        let million = try scratch.write(
            "short.tar.zst", try ArchiveWriter.data(entries, container: .tar(.ustar), compression: .zstd))
        let commands = [
            (["check"], "integrity_read_to_the_end"),
            (["inspect", "--format", "json"], #""kind" : "entry-limit-reached""#),
        ]
        for (command, stopped) in commands {
            let name = command.joined(separator: " ")
            let small = try BoundedRun.run(
                [command[0], one] + command.dropFirst(), in: scratch, case: "\(name) of one entry")
            let large = try BoundedRun.run(
                [command[0], million] + command.dropFirst(), in: scratch, case: "\(name) of a million short names",
                timeLimit: BoundedRun.largeInputTimeLimit)
            #expect(large.stdout.contains(stopped), "\(name): \(large.stdout.prefix(300))")
            #expect(
                large.peakMemory - small.peakMemory < Self.flatMemoryMargin,
                "\(name): \(large.peakMemory >> 20) MiB on a million entries, \(small.peakMemory >> 20) MiB on one")
        }
    }

    /// What a million entries may take beyond one: the 100,000 read, at about 40 bytes each
    /// (2 MiB more for `check` in the debug build, 4 MiB for `inspect` as JSON).
    private static let flatMemoryMargin = 8 << 20
}
