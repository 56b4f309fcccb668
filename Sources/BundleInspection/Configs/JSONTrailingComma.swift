/// Finds a comma just before `}` or `]`: Foundation's parser accepts it, Python's `json` (which
/// Transformers loads configs with) does not.
enum JSONTrailingComma {
    /// The byte offset of the first trailing comma outside strings, if any.
    static func offset(in bytes: [UInt8]) -> Int? {
        var strings = JSONStringState()
        var pendingComma: Int?
        for (offset, byte) in bytes.enumerated() {
            if strings.isInString(byte) {
                pendingComma = nil
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                pendingComma = offset
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let pendingComma { return pendingComma }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                continue
            default:
                pendingComma = nil
            }
        }
        return nil
    }

    /// The 1-based line of a byte offset.
    static func line(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
        bytes.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}
