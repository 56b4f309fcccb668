/// Weight files that are tiny but well formed, so the inspector reads them as it reads real ones.
enum TinyWeights {
    /// A safetensors file with one 2×2 F16 tensor.
    static let safetensors = safetensors(withMetadata: ["format": "pt"])

    /// A safetensors file with one 2×2 F16 tensor and `metadata` as its `__metadata__`.
    static func safetensors(withMetadata metadata: [String: String]) -> [UInt8] {
        let entries = metadata.sorted { $0.key < $1.key }.map { #""\#($0.key)":"\#($0.value)""# }.joined(separator: ",")
        var header = Array(
            #"{"__metadata__":{\#(entries)},"w":{"dtype":"F16","shape":[2,2],"data_offsets":[0,8]}}"#.utf8)
        header += Array(repeating: UInt8(ascii: " "), count: (8 - header.count % 8) % 8)
        return littleEndian(UInt64(header.count)) + header + Array(repeating: 0, count: 8)
    }

    /// A GGUF v3 file without tensors whose metadata holds `strings` (type 8) and `counts` (uint32, type 4).
    static func gguf(strings: [(String, String)], counts: [(String, UInt32)] = []) -> [UInt8] {
        func string(_ text: String) -> [UInt8] { littleEndian(UInt64(text.utf8.count)) + Array(text.utf8) }
        var bytes =
            Array("GGUF".utf8) + littleEndian(UInt32(3)) + littleEndian(UInt64(0))
            + littleEndian(UInt64(strings.count + counts.count))
        for (key, value) in strings { bytes += string(key) + littleEndian(UInt32(8)) + string(value) }
        for (key, value) in counts { bytes += string(key) + littleEndian(UInt32(4)) + littleEndian(value) }
        return bytes
    }

    /// The GGUF metadata gguf-py writes for a quantization of `baseRepository` (`org/name`).
    static func quantization(name: String, license: String, baseRepository: String) -> [UInt8] {
        let parts = baseRepository.split(separator: "/").map(String.init)
        return gguf(
            strings: [
                ("general.architecture", "llama"), ("general.name", name), ("general.license", license),
                ("general.base_model.0.name", parts.last ?? baseRepository),
                ("general.base_model.0.organization", parts.first ?? ""),
                ("general.base_model.0.repo_url", "https://huggingface.co/\(baseRepository)"),
            ], counts: [("general.base_model.count", 1)])
    }

    private static func littleEndian<Integer: FixedWidthInteger>(_ value: Integer) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
