/// The container a bundle arrived in, as the report names it in `subject.format` (docs/report.md).
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
    // One weights file of another format (an addition to the contract's list).
    case pytorchZip = "pytorch-zip"
    case pickle
    case onnx
    case hdf5
    case tflite
    case npy
    case ggml
}
