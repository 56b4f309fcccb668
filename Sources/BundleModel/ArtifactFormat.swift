/// The concrete file format of an artifact, recognised from its name and its first bytes.
public enum ArtifactFormat: String, Codable, Sendable, CaseIterable {
    // Weights
    case safetensors
    case gguf
    case pytorchZip = "pytorch-zip"
    case pickle
    case onnx
    case hdf5
    case tflite
    case npz
    case npy
    case flaxMsgpack = "flax-msgpack"
    case ggml
    case sentencepiece
    // Text and data
    case json
    case yaml
    case markdown
    case text
    case gitLFSPointer = "git-lfs-pointer"
    // Containers (nested archives)
    case tar
    case zip
    case sevenZip = "7z"
    case gzip
    case bzip2
    case xz
    case zstd
    // Everything else
    case binary
    case empty
    case symlink
    case hardlink
    case special
}
