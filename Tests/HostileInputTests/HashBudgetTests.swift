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
        let tar = SparseTar.archive(
            name: "model/weights.bin", realSize: size, regions: [(size - 512, [UInt8](repeating: 1, count: 512))])
        let bundle = try scratch.write("sparse.tar", tar)
        let run = try BoundedRun.run(
            ["check", bundle, "--hash", "--format", "json"], in: scratch, case: "--hash on a 64 GiB hole")
        let report = try CheckReport(run)
        #expect(report.statuses("integrity_read_to_the_end") == ["fail"])
    }

    /// A 3 MB zip of fifty 64 MiB entries of zeros. (The review's 70 KB zip made its entries
    /// overlap; libarchive lists entries that share one local header once, so here each entry
    /// has its own copy of the 64 KB of deflated zeros: the cost of hashing them is the same.)
    @Test func fiftyEntriesOfZeros() throws {
        let scratch = try TemporaryDirectory()
        let one = try ArchiveWriter.data([.file("zeros.bin", [UInt8](repeating: 0, count: 64 << 20))], container: .zip)
        let bundle = try scratch.write("zeros.zip", try RepeatedZip.repeating(one, times: 50))
        let run = try BoundedRun.run(
            ["check", bundle, "--hash", "--format", "json"], in: scratch, case: "--hash on 50 entries of 64 MiB zeros")
        let report = try CheckReport(run)
        #expect(report.statuses("integrity_read_to_the_end") == ["fail"])
    }
}

/// A zip of one entry made into a zip of `times` copies of it, each renamed (`zer00.bin`, …).
enum RepeatedZip {
    static func repeating(_ zip: [UInt8], times: Int) throws -> [UInt8] {
        let end = try #require(
            Array(zip.indices.reversed()).first { zip[$0..<min($0 + 4, zip.count)] == [0x50, 0x4B, 0x05, 0x06] })
        let directoryOffset = Int(read32(zip, end + 16))
        let local = Array(zip[..<directoryOffset])
        let record = Array(zip[directoryOffset..<end])
        let nameLength = Int(read16(record, 28))
        var body: [UInt8] = []
        var directory: [UInt8] = []
        for index in 0..<times {
            let tag = Array(String(format: "%02d", index).utf8)
            var copy = record
            copy.replaceSubrange(46 + nameLength - 6..<46 + nameLength - 4, with: tag)
            copy.replaceSubrange(42..<46, with: StoredZip.le32(UInt32(body.count)))
            directory += copy
            var header = local
            header.replaceSubrange(30 + nameLength - 6..<30 + nameLength - 4, with: tag)
            body += header
        }
        var tail = Array(zip[end...])
        tail.replaceSubrange(8..<12, with: StoredZip.le16(UInt16(times)) + StoredZip.le16(UInt16(times)))
        tail.replaceSubrange(12..<16, with: StoredZip.le32(UInt32(directory.count)))
        tail.replaceSubrange(16..<20, with: StoredZip.le32(UInt32(body.count)))
        return body + directory + tail
    }

    private static func read16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }
    private static func read32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(read16(bytes, offset)) | UInt32(read16(bytes, offset + 2)) << 16
    }
}
