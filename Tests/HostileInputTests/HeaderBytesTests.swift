import ArchiveIO
import BundleModel
import Foundation
import TestSupport
import Testing

/// Issue 11, item 7: the bytes of headers and names count toward a compressed bundle's expansion
/// ratio, the names of all entries together are capped, and memory does not grow with the
/// number of entries read.
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
    /// at a limit (the names' total, 8 MiB, after about 290,000 of them), which fails the check.
    /// The entries read until then are all listed, so the listing is not flat in their number:
    /// an artifact is 48 bytes in a list that is not copied while it grows, but each path is
    /// its own string, written again when it is made relative to the root folder. About 210
    /// bytes of resident memory per entry (60 MiB over start-up in the debug build) hold this
    /// case to a larger bound than the others, until the paths live in one buffer.
    @Test func aMillionEmptyEntries() throws {
        let scratch = try TemporaryDirectory()
        let entries = (0..<1_000_000).map {
            ArchiveWriter.Entry.file(String(format: "model/shards/part-%07d.txt", $0), [])
        }
        let bundle = try scratch.write(
            "million.tar.zst", try ArchiveWriter.data(entries, container: .tar(.ustar), compression: .zstd))
        let report = try #require(
            try BoundedRun.inspect(
                bundle, in: scratch, case: "a million empty entries",
                timeLimit: BoundedRun.largeInputTimeLimit, memoryLimit: 128 << 20))
        #expect(
            report.defects.contains { [.expansionLimitReached, .nameLimitReached].contains($0.kind) },
            "\(report.defects.prefix(3))")
        #expect(report.artifacts.count < 1_000_000)
    }
}
