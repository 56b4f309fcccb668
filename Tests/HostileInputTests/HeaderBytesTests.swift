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
    /// at a limit (the headers' expansion, or the names' total), which fails the check. The
    /// entries read until then are all listed, at about 300 bytes each, so this case is held to a
    /// larger memory bound than the others: the listing is not yet flat in the number of entries.
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
                timeLimit: BoundedRun.largeInputTimeLimit, memoryLimit: 256 << 20))
        #expect(
            report.defects.contains { [.expansionLimitReached, .nameLimitReached].contains($0.kind) },
            "\(report.defects.prefix(3))")
        #expect(report.artifacts.count < 1_000_000)
    }
}
