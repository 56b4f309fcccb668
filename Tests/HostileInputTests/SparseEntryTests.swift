import ArchiveIO
import BundleInspection
import BundleModel
import TestSupport
import Testing

/// Issue 11, item 11: a sparse entry that ends in a hole has the size and SHA-256 of the file
/// extraction writes, trailing zeros included.
@Suite struct SparseEntryTests {
    @Test func aTrailingHole() throws {
        let scratch = try TemporaryDirectory()
        let data = [UInt8](repeating: 7, count: 512)
        let size = 1 << 20
        let sparse = try scratch.write(
            "sparse.tar", SparseTar.archive(name: "model/weights.bin", realSize: UInt64(size), regions: [(0, data)]))
        let plain = try scratch.write(
            "plain.tar",
            try ArchiveWriter.data(
                [.file("model/weights.bin", data + [UInt8](repeating: 0, count: size - 512))], container: .tar(.pax)))
        let inspector = BundleInspector(options: InspectionOptions(computeHashes: true))
        let extracted = try #require(try inspector.inspect(path: plain).artifacts.first)
        let read = try #require(try inspector.inspect(path: sparse).artifacts.first)
        #expect(read.size == UInt64(size))
        #expect(read.sha256 == extracted.sha256)
    }
}
