/// Why a bundle could not be read at all. Each case names the file it is about.
///
/// These are the "could not do its job" conditions of docs/exit-status.md (exit status 2). A defect
/// inside a readable bundle is never thrown: it is reported to the caller as data.
public enum ArchiveIOError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing exists at the path.
    case notFound(path: String)
    /// The path exists but cannot be opened or read.
    case unreadable(path: String, reason: String)
    /// The file has no bytes.
    case empty(path: String)
    /// The content is not one of the supported bundle formats.
    case unrecognizedFormat(path: String)
    /// The archive is damaged or ends early.
    case corrupt(path: String, reason: String)

    /// One line naming the file and the cause.
    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or directory"
        case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
        case .empty(let path): "\(path): the file is empty"
        case .unrecognizedFormat(let path):
            "\(path): unrecognised format (expected a directory, an archive — tar, tar.gz, tar.bz2, tar.xz, "
                + "tar.zst, zip, 7z — or a weights file: GGUF, safetensors, PyTorch, pickle, ONNX, HDF5, TFLite, "
                + "NumPy, GGML)"
        case .corrupt(let path, let reason): "\(path): corrupt or truncated archive: \(reason)"
        }
    }
}
