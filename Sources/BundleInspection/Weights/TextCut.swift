/// Cuts text read from files to a length that is safe to keep, on a character boundary.
enum TextCut {
    /// `text`, or its first `maxBytes` bytes of UTF-8 followed by `…` when it is longer.
    static func prefix(_ text: String, maxBytes: Int) -> String {
        guard text.utf8.count > maxBytes else { return text }
        return decodeCut(Array(text.utf8.prefix(maxBytes))[...]) + "…"
    }

    /// UTF-8 bytes cut at an arbitrary byte: a sequence the cut split is dropped, not replaced.
    static func decodeCut(_ bytes: ArraySlice<UInt8>) -> String {
        var end = bytes.endIndex
        var lead = end
        while lead > bytes.startIndex, bytes.endIndex - lead < 4 {
            lead -= 1
            let byte = bytes[lead]
            guard byte & 0xC0 == 0x80 else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                if bytes.endIndex - lead < length { end = lead }
                break
            }
        }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }
}
