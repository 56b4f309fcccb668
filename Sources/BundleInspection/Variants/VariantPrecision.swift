import BundleModel
import Foundation

/// The precision of one copy of the weights, from its names and headers: a GGUF quantization
/// type (`Q4_K_M`), a diffusers variant (`fp16`), MLX bits (`4-bit`), or the dtype most of its
/// safetensors tensors have (`bf16`).
struct VariantPrecision {
    /// How people write it; nil when nothing tells.
    let label: String?
    let isQuantized: Bool
    /// Quantized values packed several to an integer, so headers do not count parameters.
    let isPacked: Bool

    init(files: [Artifact], key: VariantKey) {
        let dtype = Self.dominantDtype(files)
        switch key.layout {
        case .gguf:
            let type = files.lazy.compactMap {
                Self.ggufType(name: WeightFilePath.name($0.path)) ?? Self.ggufType($0.metadata?.gguf)
            }.first
            label = type
            isQuantized = type.map { !["F32", "F16", "BF16"].contains($0) } ?? false
            isPacked = false
        case .diffusers:
            label = key.tag ?? dtype.map(Self.dtypeLabel)
            isQuantized = dtype.map(Self.isQuantizedDtype) ?? false
            isPacked = dtype.map(Self.isPackedDtype) ?? false
        case .mlx:
            let bits = files.lazy.compactMap { Self.bits(in: $0.path) }.first
            isPacked = dtype.map(Self.isPackedDtype) ?? false
            label = bits.map { "\($0)-bit" } ?? dtype.map(Self.dtypeLabel)
            isQuantized = bits != nil || isPacked
        default:
            label = dtype.map(Self.dtypeLabel)
            isQuantized = dtype.map(Self.isQuantizedDtype) ?? false
            isPacked = dtype.map(Self.isPackedDtype) ?? false
        }
    }

    /// The safetensors dtype most tensors of the files have.
    private static func dominantDtype(_ files: [Artifact]) -> String? {
        var counts: [String: Int] = [:]
        for file in files {
            for (dtype, count) in file.metadata?.safetensors?.dtypes ?? [:] { counts[dtype, default: 0] += count }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    private static func dtypeLabel(_ dtype: String) -> String {
        switch dtype {
        case "BF16": "bf16"
        case "F16": "fp16"
        case "F32": "fp32"
        case "F64": "fp64"
        case "F8_E4M3", "F8_E5M2": "fp8"
        case "I8": "int8"
        case "U8": "uint8"
        case "I32", "U32": "packed \(dtype)"
        default: dtype.lowercased()
        }
    }

    private static func isQuantizedDtype(_ dtype: String) -> Bool {
        ["F8_E4M3", "F8_E5M2", "I8", "U8", "I32", "U32", "I16", "U16"].contains(dtype)
    }

    private static func isPackedDtype(_ dtype: String) -> Bool {
        ["I32", "U32"].contains(dtype)
    }

    /// The quantization type in a GGUF file name (`model-Q4_K_M.gguf`, `model.IQ3_XXS.gguf`).
    static func ggufType(name: String) -> String? {
        let pattern =
            #"(?i)(?<![A-Za-z0-9])(IQ[1-4]_(?:XXS|XS|S|M|NL)|Q[2-8]_K(?:_[SMLX]L?)?|Q[4-8]_[01]|TQ[12]_0|"#
            + #"BF16|F16|F32)(?![A-Za-z0-9])"#
        guard let range = name.range(of: pattern, options: .regularExpression) else { return nil }
        return name[range].uppercased()
    }

    /// The type `general.file_type` names, else the ggml type most tensors have.
    static func ggufType(_ info: GGUFInfo?) -> String? {
        guard let info else { return nil }
        if case .unsigned(let value)? = info.values["general.file_type"], let name = fileTypes[Int(value)] {
            return name
        }
        if case .integer(let value)? = info.values["general.file_type"], let name = fileTypes[Int(value)] {
            return name
        }
        return info.tensorTypes?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// `llama_ftype` values as llama.cpp names them (`LLAMA_FTYPE_MOSTLY_Q4_K_M` = 15).
    private static let fileTypes: [Int: String] = [
        0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K", 11: "Q3_K_S",
        12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K",
        19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL",
        26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16",
        36: "TQ1_0", 37: "TQ2_0",
    ]

    /// MLX bits in a folder or file name (`mlx-4bit/`, `…-8bit`).
    private static func bits(in path: String) -> Int? {
        guard let range = path.range(of: #"(?i)(?<![0-9])([2-8])-?bits?(?![a-z])"#, options: .regularExpression) else {
            return nil
        }
        return Int(path[range].prefix { $0.isNumber })
    }
}
