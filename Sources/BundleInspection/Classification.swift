import BundleModel

/// The kind and format of an entry, decided from its name and its first bytes together.
struct Classification: Equatable {
    var kind: ArtifactKind
    var format: ArtifactFormat

    /// Whether the entry should be opened as a nested archive.
    var isContainer: Bool {
        switch format {
        case .pytorchZip, .npz, .zip, .tar, .gzip, .bzip2, .xz, .zstd, .sevenZip: true
        default: false
        }
    }

    /// Whether the entry's text is kept for rules to search.
    var keepsText: Bool {
        switch kind {
        case .license, .notice, .usePolicy, .modelCard: true
        default: format == .markdown || format == .text || format == .yaml
        }
    }
}
