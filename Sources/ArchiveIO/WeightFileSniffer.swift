/// Recognises the two weight formats that are accepted as one-file bundles.
enum WeightFileSniffer {
    /// The weight format `prefix` starts with. GGUF has a magic; a safetensors guess rests on one
    /// byte (`{` after the length), so it is `certain` only when the declared header fits in the
    /// file — a 7z archive whose start-header checksum holds `{` there is no safetensors file.
    static func sniff(_ prefix: [UInt8], fileSize: Int64) -> Sniffed? {
        if MagicSniffer.matches(.gguf, prefix) { return Sniffed(format: .gguf, certain: true) }
        if let length = MagicSniffer.safetensorsHeaderLength(prefix), length >= 2 {
            return Sniffed(format: .safetensors, certain: fileSize >= 8 && length <= UInt64(fileSize - 8))
        }
        return nil
    }

    struct Sniffed {
        let format: BundleFormatCandidate
        let certain: Bool
    }

    enum BundleFormatCandidate { case gguf, safetensors }
}
