import ArchiveIO
import BundleModel

/// What a file signature means for a file's artifact format.
extension Magic {
    /// The weights format this signature means, given the file's extension.
    func weightsFormat(extension ext: FileExtension) -> ArtifactFormat? {
        switch self {
        case .gguf: .gguf
        case .safetensors: .safetensors
        case .zip where ext.namesCheckpoint: .pytorchZip
        case .zip where ext == "npz": .npz
        case .zip where ext == "keras": .zip
        case .pickle where ext.namesCheckpoint || ext == "pickle": .pickle
        case .hdf5: .hdf5
        case .tflite: .tflite
        case .ggml where ext == "bin": .ggml
        default: nil
        }
    }

    /// The container format, for signatures of archives and compressed streams.
    var containerFormat: ArtifactFormat? {
        switch self {
        case .zip: .zip
        case .tar: .tar
        case .sevenZip: .sevenZip
        case .gzip: .gzip
        case .bzip2: .bzip2
        case .xz: .xz
        case .zstd: .zstd
        default: nil
        }
    }
}

extension FileExtension {
    /// Whether the extension is one PyTorch checkpoints are saved under.
    fileprivate var namesCheckpoint: Bool {
        switch self {
        case "bin", "pt", "pth", "ckpt", "pkl": true
        default: false
        }
    }
}
