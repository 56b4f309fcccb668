import Foundation
import Yams

/// Writes a corpus release's files into a folder: cards with their front matter, JSON and YAML
/// configs, GGUF headers with the given metadata and tensors, safetensors headers with the given
/// shapes (no weight data beyond zeros), and small stand-ins for other weight formats.
enum CorpusBuilder {
    static func build(_ release: CorpusRelease, in folder: URL) throws {
        for (path, spec) in release.files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes(for: spec, path: path)).write(to: url)
        }
    }

    static func bytes(for spec: [String: Any], path: String) throws -> [UInt8] {
        if let front = spec["frontMatter"] {
            let body = (spec["body"] as? [Any] ?? []).map { "\($0)" }.joined(separator: "\n\n")
            let yaml = (front as? [String: Any]).map { $0.isEmpty ? "" : (try? Yams.dump(object: $0)) ?? "" } ?? ""
            return Array("---\n\(yaml)---\n\n\(body)\n".utf8)
        }
        if let json = spec["json"] {
            return Array(
                try JSONSerialization.data(withJSONObject: plain(json), options: [.prettyPrinted, .sortedKeys]))
        }
        if let yaml = spec["yaml"] { return Array(try Yams.dump(object: yaml).utf8) }
        if let lines = spec["text"] as? [Any] {
            return Array((lines.map { "\($0)" }.joined(separator: "\n") + "\n").utf8)
        }
        if let gguf = spec["gguf"] as? [String: Any] { return GGUFFixture.bytes(gguf) }
        if let weights = spec["weights"] as? String {
            if weights == "safetensors" { return safetensors(spec["tensors"] as? [String: Any] ?? [:]) }
            // A protocol-2 pickle of an empty dict: a checkpoint that imports nothing.
            return [0x80, 0x02, 0x7D, 0x71, 0x00, 0x2E]
        }
        throw CorpusRelease.CorpusError.unknownSpec(path)
    }

    /// JSON-ready values: YAML nulls become JSON nulls.
    private static func plain(_ value: Any) -> Any {
        switch value {
        case let object as [String: Any]: object.mapValues(plain)
        case let items as [Any]: items.map(plain)
        case is String, is Int, is Double, is Bool: value
        default: NSNull()
        }
    }

    /// A safetensors header with the given tensors (F16, zero data), or one small tensor.
    static func safetensors(_ tensors: [String: Any]) -> [UInt8] {
        var shapes = tensors.compactMapValues { ($0 as? [Any])?.compactMap { $0 as? Int } }
        if shapes.isEmpty { shapes = ["w": [2, 2]] }
        var entries: [String] = []
        var offset = 0
        for (name, shape) in shapes.sorted(by: { $0.key < $1.key }) {
            let size = shape.reduce(1, *) * 2
            entries.append(
                #""\#(name)":{"dtype":"F16","shape":[\#(shape.map(String.init).joined(separator: ","))],"#
                    + #""data_offsets":[\#(offset),\#(offset + size)]}"#
            )
            offset += size
        }
        var header = Array(#"{"__metadata__":{"format":"pt"},\#(entries.joined(separator: ","))}"#.utf8)
        header += Array(repeating: UInt8(ascii: " "), count: (8 - header.count % 8) % 8)
        return GGUFFixture.littleEndian(UInt64(header.count)) + header + Array(repeating: 0, count: offset)
    }
}

/// A GGUF v3 file with the given metadata: strings, unsigned integers, float32s, bools, a token
/// list of a given length (`{arrayLength: N}`), and 1-element F32 tensors named by `tensors`.
enum GGUFFixture {
    static func bytes(_ metadata: [String: Any]) -> [UInt8] {
        let tensors = metadata["tensors"] as? [String] ?? []
        let keys = metadata.keys.filter { $0 != "tensors" }.sorted()
        var bytes =
            Array("GGUF".utf8) + littleEndian(UInt32(3)) + littleEndian(UInt64(tensors.count))
            + littleEndian(UInt64(keys.count))
        for key in keys {
            bytes += string(key) + value(metadata[key] as Any)
        }
        for (index, name) in tensors.enumerated() {
            bytes +=
                string(name) + littleEndian(UInt32(1)) + littleEndian(UInt64(1)) + littleEndian(UInt32(0))
                + littleEndian(UInt64(index * 32))
        }
        if !tensors.isEmpty {
            bytes += Array(repeating: 0, count: (32 - bytes.count % 32) % 32)
            bytes += Array(repeating: 0, count: tensors.count * 32)
        }
        return bytes
    }

    private static func value(_ value: Any) -> [UInt8] {
        switch value {
        case let text as String: return littleEndian(UInt32(8)) + string(text)
        case let flag as Bool: return littleEndian(UInt32(7)) + [flag ? 1 : 0]
        case let number as Int where number >= 0 && number <= Int(UInt32.max):
            return littleEndian(UInt32(4)) + littleEndian(UInt32(number))
        case let number as Int: return littleEndian(UInt32(11)) + littleEndian(Int64(number))
        case let number as Double: return littleEndian(UInt32(6)) + littleEndian(Float(number).bitPattern)
        case let array as [String: Any]:
            let count = array["arrayLength"] as? Int ?? 0
            var bytes = littleEndian(UInt32(9)) + littleEndian(UInt32(8)) + littleEndian(UInt64(count))
            for index in 0..<count { bytes += string("t\(index)") }
            return bytes
        default: return littleEndian(UInt32(8)) + string("\(value)")
        }
    }

    private static func string(_ text: String) -> [UInt8] { littleEndian(UInt64(text.utf8.count)) + Array(text.utf8) }

    static func littleEndian<Integer: FixedWidthInteger>(_ value: Integer) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
