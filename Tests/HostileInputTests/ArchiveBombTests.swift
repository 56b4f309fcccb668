import ArchiveIO
import BundleModel
import Testing

/// Archives built to cost far more to read than their size: each is read within the shared
/// bounds, and what was not followed is reported.
@Suite struct ArchiveBombTests {
    private static let mebibyte = 1 << 20

    /// A zip of sixteen 1 MiB files of zeros, wrapped `levels` times in zips of sixteen copies:
    /// 42.zip's shape, 16^(levels + 1) MiB once fully inflated.
    private func fortyTwoZip(levels: Int) throws -> [UInt8] {
        let zeros = [UInt8](repeating: 0, count: Self.mebibyte)
        var layer = try ArchiveWriter.data((0..<16).map { .file("zeros\($0).bin", zeros) }, container: .zip)
        for level in 1...levels {
            layer = try ArchiveWriter.data((0..<16).map { .file("level\(level)-\($0).zip", layer) }, container: .zip)
        }
        return layer
    }

    @Test func fortyTwoZipStopsAtTheNestedBudget() throws {
        let scratch = try ScratchFolder()
        let bundle = try scratch.write("42.zip", try fortyTwoZip(levels: 4))
        let report = try #require(try BoundedRun.inspect(bundle, in: scratch, case: "42.zip (1 TiB inflated)"))
        #expect(report.defectKinds.contains(.decompressionBudgetExceeded))
    }

    @Test func fortyTwoZipInsideACompressedTar() throws {
        let scratch = try ScratchFolder()
        let tar = try ArchiveWriter.data([.file("model/README.md", text: "# Model\n"), .file("model/42.zip", try fortyTwoZip(levels: 3))], container: .tar(.pax), compression: .zstd)
        let report = try #require(try BoundedRun.inspect(try scratch.write("bundle.tar.zst", tar), in: scratch, case: "42.zip inside a tar.zst"))
        #expect(report.defectKinds.contains(.decompressionBudgetExceeded))
        #expect(report.artifacts.contains { $0.path == "README.md" })
    }

    @Test func nestingPastTheDepthCap() throws {
        let scratch = try ScratchFolder()
        var bytes = try ArchiveWriter.data([.file("README.md", text: "# Deep\n")], container: .zip)
        for level in 0..<12 { bytes = try ArchiveWriter.data([.file("level\(level).zip", bytes)], container: .zip) }
        let report = try #require(try BoundedRun.inspect(try scratch.write("deep.zip", bytes), in: scratch, case: "12 nested zips"))
        #expect(report.defects.filter { $0.kind == .nestingDepthExceeded }.count == 1)
    }

    /// One entry of 128 MiB of zeros (about 1000:1) under the name of every kind of file
    /// clearance reads, in a zip and in a tar.gz.
    @Test(arguments: ["weights.bin", "README.md", "LICENSE", "config.json", "model.safetensors", "model.gguf", "pytorch_model.bin", "model.safetensors.index.json"])
    func oneEntryWithAHugeRatio(name: String) throws {
        let scratch = try ScratchFolder()
        let entry = ArchiveWriter.Entry.file("model/\(name)", [UInt8](repeating: 0, count: 128 * Self.mebibyte))
        for (suffix, container, compression) in [("zip", ArchiveWriter.Container.zip, ArchiveWriter.Compression.none), ("tar.gz", .tar(.pax), .gzip)] {
            let bundle = try scratch.write("bomb.\(suffix)", try ArchiveWriter.data([entry], container: container, compression: compression))
            _ = try BoundedRun.inspect(bundle, in: scratch, case: "\(name) of 128 MiB zeros in a \(suffix)")
        }
    }
}
