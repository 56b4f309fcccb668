import ArchiveIO
import BundleModel
import Foundation
import TestSupport
import Testing

/// A bundle of 100,000 entries is listed within the shared bounds.
@Suite struct EntryCountTests {
    @Test func hundredThousandEntries() throws {
        let scratch = try TemporaryDirectory()
        let entries = (0..<100_000).map {
            ArchiveWriter.Entry.file(String(format: "model/shards/part-%06d.txt", $0), [UInt8(ascii: "x")])
        }
        let bundle = try scratch.write(
            "many.tar.zst", try ArchiveWriter.data(entries, container: .tar(.ustar), compression: .zstd))
        let run = try BoundedRun.run(
            ["inspect", bundle, "--format", "json"], in: scratch, case: "100,000 entries",
            timeLimit: BoundedRun.largeInputTimeLimit, memoryLimit: .max)
        let report = try JSONDecoder().decode(InspectionReport.self, from: Data(run.stdout.utf8))
        #expect(report.artifacts.count == 100_000)
        #expect(run.peakMemory < BoundedRun.memoryLimit, "peak \(run.peakMemory / 1_048_576) MiB")
    }
}
