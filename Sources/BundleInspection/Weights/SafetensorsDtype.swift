/// The element sizes of the dtypes the safetensors format defines.
enum SafetensorsDtype {
    /// Bits per element of `dtype`, or nil for a dtype this reader does not know.
    static func bits(of dtype: String) -> UInt64? {
        bitsByName[dtype]
    }

    private static let bitsByName: [String: UInt64] = [
        "BOOL": 8, "U8": 8, "I8": 8,
        "F4": 4, "F6_E2M3": 6, "F6_E3M2": 6,
        "F8_E4M3": 8, "F8_E5M2": 8, "F8_E8M0": 8,
        "I16": 16, "U16": 16, "F16": 16, "BF16": 16,
        "I32": 32, "U32": 32, "F32": 32,
        "I64": 64, "U64": 64, "F64": 64, "C64": 64,
    ]
}
