/// A ggml tensor type as GGUF tensor infos name it: elements per block and bytes per block.
struct GGMLTensorType: Equatable {
    /// The name ggml uses (`Q4_K`).
    var name: String
    /// Elements stored together in one block (1 for plain types).
    var blockSize: UInt64
    /// Bytes one block takes.
    var blockBytes: UInt64

    /// The type with code `code`, or nil for one this reader does not know.
    static func withCode(_ code: UInt32) -> GGMLTensorType? {
        known[code]
    }

    /// Unknown codes below this are named one by one (`type 42`); higher ones share one name, so
    /// that a hostile header cannot make the per-type counts grow without bound.
    static let namedUnknownCodes: UInt32 = 1024

    /// The name of the type with code `code`, known or not.
    static func name(ofCode code: UInt32) -> String {
        if let type = known[code] { return type.name }
        return code < namedUnknownCodes ? "type \(code)" : "unknown type"
    }

    /// Bytes a tensor of `elements` elements takes whose first dimension is `rowLength`, or nil
    /// when rows do not split into whole blocks or the size overflows.
    func byteCount(elements: UInt64, rowLength: UInt64) -> UInt64? {
        guard rowLength % blockSize == 0 else { return nil }
        return (elements / blockSize).multipliedOrNil(by: blockBytes)
    }

    /// From ggml's type traits (`GGML_QUANT_SIZES` in gguf-py); QK_K is 256.
    private static let known: [UInt32: GGMLTensorType] = {
        let table: [(UInt32, String, UInt64, UInt64)] = [
            (0, "F32", 1, 4), (1, "F16", 1, 2), (2, "Q4_0", 32, 18), (3, "Q4_1", 32, 20),
            (6, "Q5_0", 32, 22), (7, "Q5_1", 32, 24), (8, "Q8_0", 32, 34), (9, "Q8_1", 32, 40),
            (10, "Q2_K", 256, 84), (11, "Q3_K", 256, 110), (12, "Q4_K", 256, 144), (13, "Q5_K", 256, 176),
            (14, "Q6_K", 256, 210), (15, "Q8_K", 256, 292), (16, "IQ2_XXS", 256, 66), (17, "IQ2_XS", 256, 74),
            (18, "IQ3_XXS", 256, 98), (19, "IQ1_S", 256, 50), (20, "IQ4_NL", 32, 18), (21, "IQ3_S", 256, 110),
            (22, "IQ2_S", 256, 82), (23, "IQ4_XS", 256, 136), (24, "I8", 1, 1), (25, "I16", 1, 2),
            (26, "I32", 1, 4), (27, "I64", 1, 8), (28, "F64", 1, 8), (29, "IQ1_M", 256, 56),
            (30, "BF16", 1, 2), (34, "TQ1_0", 256, 54), (35, "TQ2_0", 256, 66), (39, "MXFP4", 32, 17),
            (40, "NVFP4", 64, 36), (41, "Q1_0", 128, 18),
        ]
        return Dictionary(
            uniqueKeysWithValues: table.map { ($0.0, GGMLTensorType(name: $0.1, blockSize: $0.2, blockBytes: $0.3)) })
    }()
}
