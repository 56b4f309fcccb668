/// Counts the values of a JSON document without parsing it, so that a config made of millions
/// of tiny values (a few megabytes of `0,0,0,…` become hundreds of megabytes of parsed
/// objects) is refused before the parser allocates them.
enum JSONValueCount {
    /// Whether `bytes` hold more than `limit` values: every separator (`,` `:`) and every
    /// opening bracket outside strings starts one.
    static func exceeds(_ limit: Int, in bytes: [UInt8]) -> Bool {
        var count = 1
        var strings = JSONStringState()
        for byte in bytes {
            if strings.isInString(byte) { continue }
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "{"):
                count += 1
                if count > limit { return true }
            default:
                continue
            }
        }
        return false
    }
}
