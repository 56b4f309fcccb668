/// A bundle that is not on this machine — a Hub repository — listed up front, whose files'
/// bytes are fetched only as far as a reader consumes them.
///
/// `BundleReader.read(remote:_:)` hands its files out as it hands out the entries of a
/// directory, under the same caps, so the inspection cannot tell the difference.
public protocol RemoteBundle: AnyObject {
    /// Every file of the bundle, with its path relative to the root and its size.
    var files: [RemoteFile] { get }
    /// The bytes of `file`, fetched lazily; whatever is not consumed is never fetched.
    func content(of file: RemoteFile) -> any ContentSource
}

/// One file of a remote bundle.
public struct RemoteFile: Sendable, Equatable {
    /// The `/`-separated path relative to the bundle root.
    public let path: String
    /// Its size in bytes.
    public let size: UInt64
    /// Whether it is stored as a large file (git-lfs) rather than in the repository itself.
    public let isLarge: Bool

    /// Creates a file entry.
    public init(path: String, size: UInt64, isLarge: Bool) {
        self.path = path
        self.size = size
        self.isLarge = isLarge
    }
}
