import ArchiveIO
import BundleModel
import Testing

/// A bundle of 100,000 entries is listed within the shared bounds.
@Suite struct EntryCountTests {
    @Test func hundredThousandEntries() throws {
        let scratch = try ScratchFolder()
        let entries = (0..<100_000).map { ArchiveWriter.Entry.file(String(format: "model/shards/part-%06d.txt", $0), [UInt8(ascii: "x")]) }
        let bundle = try scratch.write("many.tar.zst", try ArchiveWriter.data(entries, container: .tar(.ustar), compression: .zstd))
        let report = try #require(try BoundedRun.inspect(bundle, in: scratch, case: "100,000 entries"))
        #expect(report.artifacts.count == 100_000)
    }
}
