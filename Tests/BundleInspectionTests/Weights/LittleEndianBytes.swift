/// Builds binary headers by hand for tests: little-endian integers and GGUF strings.
struct LittleEndianBytes {
    private(set) var bytes: [UInt8] = []

    mutating func append<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }

    /// A GGUF string: uint64 length, then the UTF-8 bytes.
    mutating func appendString(_ text: String) {
        append(UInt64(text.utf8.count))
        append(Array(text.utf8))
    }

    /// A GGUF v3 preamble: magic, version, tensor count, key-value count.
    static func ggufPreamble(version: UInt32 = 3, tensors: UInt64 = 0, keyValues: UInt64) -> LittleEndianBytes {
        var header = LittleEndianBytes()
        header.append(Array("GGUF".utf8))
        header.append(version)
        header.append(tensors)
        header.append(keyValues)
        return header
    }

    /// A safetensors file: the length field, the JSON header, then `data`.
    static func safetensors(json: String, data: [UInt8]) -> [UInt8] {
        var file = LittleEndianBytes()
        file.append(UInt64(json.utf8.count))
        file.append(Array(json.utf8))
        file.append(data)
        return file.bytes
    }
}
