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
    /// The entries read until then are all listed, within the same 64 MiB as every other case,
    /// by `inspect` and by `check`: their paths are one run of bytes that artifacts of 40 bytes
    /// slice (made relative to the root folder by where the slice starts, not written again),
    /// the duplicate check and the sort compare those bytes in place, and the listing is written
    /// out artifact by artifact, as JSON or as text. About 65 bytes per entry read, 18 MiB here,
    /// over a start-up of 35 to 38 MiB in the debug build.
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
        #expect(
            report.defects.contains { [.expansionLimitReached, .nameLimitReached].contains($0.kind) },
            "\(report.defects.prefix(3))")
        #expect(report.artifacts.count < 1_000_000)
        let text = try BoundedRun.run(
            ["inspect", bundle], in: scratch, case: "a million empty entries as text",
            timeLimit: BoundedRun.largeInputTimeLimit)
        #expect(text.stdout.contains("\n\(report.artifacts.count) artifacts, 0 B, "), "the listing is written whole")
        // As text: the JSON report lists the 290,000 artifacts again, nearly 4 s more of the
        // 20 s the debug build is allowed (15 s as text).
        let check = try BoundedRun.run(
            ["check", bundle], in: scratch, case: "check of a million empty entries",
            timeLimit: BoundedRun.largeInputTimeLimit)
        #expect(check.status == 1 && check.stdout.contains("integrity_read_to_the_end"), "\(check.stdout)")
    }
}
