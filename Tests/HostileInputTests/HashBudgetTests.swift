import ArchiveIO
import BundleModel
import Foundation
import TestSupport
import Testing

/// Issue 11, item 6: `--hash` on a container that is not compressed as a whole still counts the
/// bytes it hashes against the expansion allowance, so a hole or overlapping entries stop it.
@Suite struct HashBudgetTests {
    /// A 10 KiB tar holding one sparse entry of 64 GiB, nearly all hole.
    @Test func aSparseHoleOf64GiB() throws {
        let scratch = try TemporaryDirectory()
        let size: UInt64 = 64 << 30
        let tar = SparseTar.archive(name: "model/weights.bin", realSize: size, regions: [(size - 512, [UInt8](repeating: 1, count: 512))])
        let bundle = try scratch.write("sparse.tar", tar)
        let run = try BoundedRun.run(["check", bundle, "--hash", "--format", "json"], in: scratch, case: "--hash on a 64 GiB hole")
        let report = try CheckReport(run)
        #expect(report.statuses("integrity_read_to_the_end") == ["fail"])
    }

    /// A 70 KB zip whose central directory lists one 64 MiB entry of zeros fifty times.
    @Test func fiftyOverlappingEntries() throws {
        let scratch = try TemporaryDirectory()
        let one = try ArchiveWriter.data([.file("zeros.bin", [UInt8](repeating: 0, count: 64 << 20))], container: .zip)
        let bundle = try scratch.write("overlap.zip", try OverlappingZip.repeating(one, times: 50))
        let run = try BoundedRun.run(["check", bundle, "--hash", "--format", "json"], in: scratch, case: "--hash on 50 overlapping entries")
        let report = try CheckReport(run)
        #expect(report.statuses("integrity_read_to_the_end") == ["fail"])
    }
}

/// A zip whose central directory repeats its one entry, each copy pointing at the same data.
enum OverlappingZip {
    static func repeating(_ zip: [UInt8], times: Int) throws -> [UInt8] {
        let end = try #require(Array(zip.indices.reversed()).first { zip[$0..<min($0 + 4, zip.count)] == [0x50, 0x4B, 0x05, 0x06] })
        let directoryOffset = Int(read32(zip, end + 16))
        let record = Array(zip[directoryOffset..<end])
        let nameLength = Int(read16(record, 28))
        var directory: [UInt8] = []
        for index in 0..<times {
            var copy = record
            let tag = Array(String(format: "%02d", index).utf8)
            copy.replaceSubrange(46 + nameLength - 6..<46 + nameLength - 4, with: tag)
            directory += copy
        }
        var tail = Array(zip[end...])
        tail.replaceSubrange(8..<12, with: StoredZip.le16(UInt16(times)) + StoredZip.le16(UInt16(times)))
        tail.replaceSubrange(12..<16, with: StoredZip.le32(UInt32(directory.count)))
        return Array(zip[..<directoryOffset]) + directory + tail
    }

    private static func read16(_ bytes: [UInt8], _ offset: Int) -> UInt16 { UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8 }
    private static func read32(_ bytes: [UInt8], _ offset: Int) -> UInt32 { UInt32(read16(bytes, offset)) | UInt32(read16(bytes, offset + 2)) << 16 }
}
