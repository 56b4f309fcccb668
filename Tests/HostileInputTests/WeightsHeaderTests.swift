import ArchiveIO
import BundleModel
import TestSupport
import Testing

/// Weight headers whose lengths and counts claim far more than the file holds: each is a
/// corrupt-header defect of a readable bundle, found without allocating what is claimed.
@Suite struct WeightsHeaderTests {
    enum Header: String, CaseIterable, Sendable {
        case safetensorsClaiming2To60Bytes = "safetensors header claiming 2^60 bytes"
        case ggufStringOf2To62Bytes = "GGUF string of 2^62 bytes"
        case ggufArrayOf2To40Bytes = "GGUF array of 2^40 uint8"
        case ggufArrayOf2To40Strings = "GGUF array of 2^40 strings"
        case ggufArrayOf2To40Arrays = "GGUF array of 2^40 arrays"
        case ggufClaiming2To60Tensors = "GGUF claiming 2^60 tensors"

        var fileName: String { self == .safetensorsClaiming2To60Bytes ? "model.safetensors" : "model.gguf" }

        var bytes: [UInt8] {
            switch self {
            case .safetensorsClaiming2To60Bytes:
                Self.littleEndian(1 << 60, width: 8) + Array(#"{"__metadata__":{}}"#.utf8)
            case .ggufStringOf2To62Bytes:
                Self.gguf(
                    key: "general.name",
                    value: Self.littleEndian(8, width: 4) + Self.littleEndian(1 << 62, width: 8) + Array("Llama".utf8))
            case .ggufArrayOf2To40Bytes:
                Self.gguf(key: "tokenizer.ggml.scores", value: Self.array(of: 0, count: 1 << 40))
            case .ggufArrayOf2To40Strings:
                Self.gguf(key: "tokenizer.ggml.tokens", value: Self.array(of: 8, count: 1 << 40))
            case .ggufArrayOf2To40Arrays: Self.gguf(key: "x", value: Self.array(of: 9, count: 1 << 40))
            case .ggufClaiming2To60Tensors:
                Array("GGUF".utf8) + Self.littleEndian(3, width: 4) + Self.littleEndian(1 << 60, width: 8)
                    + Self.littleEndian(0, width: 8)
            }
        }

        private static func littleEndian(_ value: UInt64, width: Int) -> [UInt8] {
            (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
        }

        /// The value of an array-typed key-value: type 9, element type, count, no elements.
        private static func array(of elementType: UInt64, count: UInt64) -> [UInt8] {
            littleEndian(9, width: 4) + littleEndian(elementType, width: 4) + littleEndian(count, width: 8)
        }

        /// A GGUF v3 header with no tensors and one key-value: `key`, then `value` (type code first).
        private static func gguf(key: String, value: [UInt8]) -> [UInt8] {
            let name = littleEndian(UInt64(key.utf8.count), width: 8) + Array(key.utf8)
            return Array("GGUF".utf8) + littleEndian(3, width: 4) + littleEndian(0, width: 8)
                + littleEndian(1, width: 8) + name + value + [UInt8](repeating: 0, count: 256)
        }
    }

    @Test(arguments: Header.allCases)
    func asTheWholeBundle(header: Header) throws {
        let scratch = try TemporaryDirectory()
        let report = try #require(
            try BoundedRun.inspect(try scratch.write(header.fileName, header.bytes), in: scratch, case: header.rawValue)
        )
        #expect(report.defectKinds.contains(.corruptWeightsHeader), "\(report.defects)")
    }

    @Test(arguments: Header.allCases)
    func insideACompressedTar(header: Header) throws {
        let scratch = try TemporaryDirectory()
        let tar = try ArchiveWriter.data(
            [.file("model/README.md", text: "# M\n"), .file("model/\(header.fileName)", header.bytes)],
            container: .tar(.pax), compression: .xz)
        let report = try #require(
            try BoundedRun.inspect(
                try scratch.write("bundle.tar.xz", tar), in: scratch, case: "\(header.rawValue) in a tar.xz"))
        #expect(
            report.defects.contains { $0.kind == .corruptWeightsHeader && $0.path == header.fileName },
            "\(report.defects)")
    }
}
