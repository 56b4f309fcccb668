/// The type codes of GGUF metadata values.
enum GGUFValueType: UInt32, CaseIterable {
    case uint8 = 0
    case int8 = 1
    case uint16 = 2
    case int16 = 3
    case uint32 = 4
    case int32 = 5
    case float32 = 6
    case bool = 7
    case string = 8
    case array = 9
    case uint64 = 10
    case int64 = 11
    case float64 = 12

    /// The name the spec uses (`uint32`), as `GGUFValue.array(elementType:)` gives it.
    var name: String { String(describing: self) }

    /// Bytes of one value of a fixed-size type; nil for strings and arrays.
    var fixedSize: UInt64? {
        switch self {
        case .uint8, .int8, .bool: 1
        case .uint16, .int16: 2
        case .uint32, .int32, .float32: 4
        case .uint64, .int64, .float64: 8
        case .string, .array: nil
        }
    }

    /// The fewest bytes one value can take: a string is at least its length, an array at least
    /// its element type and count.
    var minimalSize: UInt64 {
        switch self {
        case .string: 8
        case .array: 12
        default: fixedSize ?? 1
        }
    }
}
