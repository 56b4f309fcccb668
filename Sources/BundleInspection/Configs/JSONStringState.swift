/// Follows a JSON text byte by byte and tells which bytes belong to string literals, for the
/// scans that look at a document's structure without parsing it.
struct JSONStringState {
    private var inString = false
    private var escaped = false

    /// Takes the next byte; true when it is part of a string literal, its quotes included.
    mutating func isInString(_ byte: UInt8) -> Bool {
        if inString {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
            }
            return true
        }
        inString = byte == UInt8(ascii: "\"")
        return inString
    }
}
