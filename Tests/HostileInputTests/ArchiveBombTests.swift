import ArchiveIO
import BundleModel
import Foundation
import TestSupport
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
        let scratch = try TemporaryDirectory()
        let bundle = try scratch.write("42.zip", try fortyTwoZip(levels: 4))
        let report = try #require(try BoundedRun.inspect(bundle, in: scratch, case: "42.zip (1 TiB inflated)"))
        #expect(report.defectKinds.contains(.decompressionBudgetExceeded))
    }

    @Test func fortyTwoZipInsideACompressedTar() throws {
        let scratch = try TemporaryDirectory()
        let tar = try ArchiveWriter.data(
            [.file("model/README.md", text: "# Model\n"), .file("model/42.zip", try fortyTwoZip(levels: 3))],
            container: .tar(.pax), compression: .zstd)
        let report = try #require(
            try BoundedRun.inspect(
                try scratch.write("bundle.tar.zst", tar), in: scratch, case: "42.zip inside a tar.zst"))
        #expect(report.defectKinds.contains(.decompressionBudgetExceeded))
        #expect(report.artifacts.contains { $0.path == "README.md" })
    }

    /// Skipping an entry of a compressed tar or of a 7z means decompressing it.
    @Test(arguments: ["tar.zst", "7z"])
    func aCompressedBundleOfOneEntryOfZeros(suffix: String) throws {
        let scratch = try TemporaryDirectory()
        let zeros = ArchiveWriter.Entry.file("model/weights.bin", [UInt8](repeating: 0, count: 256 * Self.mebibyte))
        let entries = [.file("model/README.md", text: "# M\n"), zeros, .file("model/zz-after.txt", text: "x")]
        let bytes =
            suffix == "7z"
            ? try ArchiveWriter.data(entries, container: .sevenZip)
            : try ArchiveWriter.data(entries, container: .tar(.pax), compression: .zstd)
        let bundle = try scratch.write("bomb.\(suffix)", bytes)
        let report = try #require(
            try BoundedRun.inspect(bundle, in: scratch, case: "256 MiB of zeros in a \(bytes.count)-byte \(suffix)"))
        #expect(report.defects.contains { $0.kind == .expansionLimitReached && $0.path.isEmpty }, "\(report.defects)")
        #expect(!report.artifacts.contains { $0.path == "zz-after.txt" })
        let check = try BoundedRun.run(
            ["check", bundle, "--format", "json"], in: scratch, case: "check of the \(suffix) bomb")
        let findings =
            try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])["findings"]
            as? [[String: Any]]
        #expect(check.status == 1, "a bundle that was not read to its end cannot pass")
        #expect(
            findings?.contains {
                $0["ruleId"] as? String == "integrity_read_to_the_end" && $0["status"] as? String == "fail"
            } == true)
    }

    @Test func nestingPastTheDepthCap() throws {
        let scratch = try TemporaryDirectory()
        var bytes = try ArchiveWriter.data([.file("README.md", text: "# Deep\n")], container: .zip)
        for level in 0..<12 { bytes = try ArchiveWriter.data([.file("level\(level).zip", bytes)], container: .zip) }
        let report = try #require(
            try BoundedRun.inspect(try scratch.write("deep.zip", bytes), in: scratch, case: "12 nested zips"))
        #expect(report.defects.filter { $0.kind == .nestingDepthExceeded }.count == 1)
    }

    /// One entry of 64 MiB of zeros (about 1000:1) under the name of every kind of file
    /// clearance reads, in a zip and in a tar.gz.
    @Test(arguments: [
        "weights.bin", "README.md", "LICENSE", "config.json", "model.safetensors", "model.gguf", "pytorch_model.bin",
        "model.safetensors.index.json",
    ])
    func oneEntryWithAHugeRatio(name: String) throws {
        let scratch = try TemporaryDirectory()
        let entry = ArchiveWriter.Entry.file("model/\(name)", [UInt8](repeating: 0, count: 64 * Self.mebibyte))
        for (suffix, container, compression) in [
            ("zip", ArchiveWriter.Container.zip, ArchiveWriter.Compression.none), ("tar.gz", .tar(.pax), .gzip),
        ] {
            let bundle = try scratch.write(
                "bomb.\(suffix)", try ArchiveWriter.data([entry], container: container, compression: compression))
            _ = try BoundedRun.inspect(
                bundle, in: scratch, case: "\(name) of 64 MiB zeros in a \(suffix)",
                timeLimit: BoundedRun.largeInputTimeLimit)
        }
    }

    /// Headers and configs filled up to what clearance reads of them, with dense content that
    /// costs the parsers most, compressed to almost nothing in a zip.
    @Test(arguments: FilledToTheCap.allCases)
    func parsedFilesFilledToTheirCaps(file: FilledToTheCap) throws {
        let scratch = try TemporaryDirectory()
        let zip = try ArchiveWriter.data(
            [.file("model/README.md", text: "# M\n"), .file("model/\(file.fileName)", file.bytes)], container: .zip)
        _ = try #require(
            try BoundedRun.inspect(
                try scratch.write("bundle.zip", zip), in: scratch, case: file.rawValue,
                timeLimit: BoundedRun.largeInputTimeLimit))
    }
}

/// Files as large and as dense as the readers accept.
enum FilledToTheCap: String, CaseIterable, Sendable {
    case safetensorsHeader = "a 2 MiB safetensors header of tensors"
    case shardIndex = "a 16 MiB shard index"
    case config = "a 4 MiB config of 199,000 values"
    case ggufMetadata = "a 100 MiB GGUF header of 4 KiB keys and strings"

    var fileName: String {
        switch self {
        case .safetensorsHeader: "model.safetensors"
        case .shardIndex: "model.safetensors.index.json"
        case .config: "config.json"
        case .ggufMetadata: "model.gguf"
        }
    }

    var bytes: [UInt8] {
        switch self {
        case .safetensorsHeader:
            let header = Self.jsonObject(limit: 2 << 20) {
                #""t\#($0)":{"dtype":"F16","shape":[1],"data_offsets":[\#(2 * $0),\#(2 * $0 + 2)]}"#
            }
            return Self.littleEndian(UInt64(header.count), width: 8) + header
        case .shardIndex:
            return Array(#"{"weight_map":"#.utf8)
                + Self.jsonObject(limit: (16 << 20) - 20) {
                    #""model.layers.\#($0).weight":"model-00001-of-00002.safetensors""#
                } + [UInt8(ascii: "}")]
        case .config:
            return Array(#"{"model_type":"llama","x":["#.utf8)
                + Array(repeating: Array("1,".utf8), count: 198_990).flatMap { $0 } + Array("1]}".utf8)
        case .ggufMetadata:
            let count = 12_000
            var bytes =
                Array("GGUF".utf8) + Self.littleEndian(3, width: 4) + Self.littleEndian(0, width: 8)
                + Self.littleEndian(UInt64(count), width: 8)
            for index in 0..<count {
                let key = Array("key.\(index).".utf8) + [UInt8](repeating: UInt8(ascii: "k"), count: 4096)
                bytes += Self.littleEndian(UInt64(key.count), width: 8) + key + Self.littleEndian(8, width: 4)
                bytes += Self.littleEndian(4096, width: 8) + [UInt8](repeating: UInt8(ascii: "v"), count: 4096)
            }
            return bytes
        }
    }

    /// `{member0,member1,…}` with as many members as fit in `limit` bytes.
    private static func jsonObject(limit: Int, member: (Int) -> String) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        var index = 0
        while true {
            let next = Array(((index == 0 ? "" : ",") + member(index)).utf8)
            guard bytes.count + next.count + 1 <= limit else { break }
            bytes += next
            index += 1
        }
        return bytes + [UInt8(ascii: "}")]
    }

    private static func littleEndian(_ value: UInt64, width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }
}
