import ArchiveIO

/// Holds a sniffed signature to the rest of its header: a weights or archive magic counts only
/// when the lengths and versions after it are plausible for the entry (`WeightsSignature`).
/// Otherwise the entry is text when it reads as text, and of no known format when it does not.
enum SignatureCheck {
    /// `magic` when its header is plausible for an entry of `size` bytes starting with `prefix`.
    static func confirmed(_ magic: Magic?, prefix: [UInt8], size: UInt64) -> Magic? {
        let plausible: Bool
        switch magic {
        case .safetensors?: plausible = WeightsSignature.isSafetensors(prefix, size: size)
        case .gguf?: plausible = WeightsSignature.isGGUF(prefix, size: size)
        case .tflite?: plausible = WeightsSignature.isTFLite(prefix, size: size)
        case .ggml?: plausible = WeightsSignature.isGGML(prefix, size: size)
        case .hdf5?: plausible = WeightsSignature.isHDF5(prefix)
        case .zip?: plausible = WeightsSignature.isZip(prefix, size: size)
        default: return magic
        }
        if plausible { return magic }
        return MagicSniffer.looksLikeText(prefix) ? .text : nil
    }

    /// Extensions that name one weights format, whose reader says what is wrong when the
    /// content is not that format. Other weights extensions (`.bin`, `.pt`, `.onnx`, …) on a
    /// text file do not make it weights.
    static let claimingExtensions: Set<String> = ["safetensors", "gguf"]
}
