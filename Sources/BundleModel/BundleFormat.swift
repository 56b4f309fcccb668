/// The container a bundle arrived in, as CONTRACT.md names it in `subject.format`.
public enum BundleFormat: String, Codable, Sendable, CaseIterable {
    case directory
    case tar
    case tarGz = "tar.gz"
    case tarBz2 = "tar.bz2"
    case tarXz = "tar.xz"
    case tarZst = "tar.zst"
    case zip
    case sevenZip = "7z"
    case gguf
    case safetensors
    /// A Hugging Face Hub repository read over HTTP (`hf://ORG/NAME[@REVISION]`).
    case hf
}
