import ArchiveIO
import Foundation
import TestSupport

/// How a release is handed to `clearance check`: a folder, an archive with the release in a
/// top-level folder, as people pack them, or the one weights file a release consists of.
enum ReleaseContainer: String, Sendable, CaseIterable {
    case directory
    case singleFile = "single file"
    case tar
    case tarGzip = "tar.gz"
    case tarBzip2 = "tar.bz2"
    case tarXz = "tar.xz"
    case tarZstd = "tar.zst"
    case zip
    case sevenZip = "7z"

    /// The containers the family matrix rotates through.
    static let rotation: [ReleaseContainer] = [.directory, .tarZstd, .zip, .sevenZip, .tarGzip]

    /// Writes `release` into `directory` and returns the path to check.
    func write(_ release: Release, named name: String, in directory: TemporaryDirectory) throws -> String {
        let files = release.allFiles.sorted { $0.key < $1.key }
        if self == .singleFile {
            precondition(files.count == 1 && release.rawEntries.isEmpty, "a single-file bundle is one weights file")
            return try directory.write(files[0].key, files[0].value)
        }
        guard self != .directory else {
            precondition(release.rawEntries.isEmpty, "a folder bundle cannot hold raw archive entries")
            for (path, bytes) in files { try directory.write("\(name)/\(path)", bytes) }
            return directory.path(name)
        }
        let entries =
            [ArchiveWriter.Entry.directory("\(name)/")]
            + files.map { ArchiveWriter.Entry.file("\(name)/\($0.key)", $0.value) } + release.rawEntries
        return try directory.write(
            "\(name).\(rawValue)", try ArchiveWriter.data(entries, container: container, compression: compression))
    }

    private var container: ArchiveWriter.Container {
        switch self {
        case .zip: .zip
        case .sevenZip: .sevenZip
        default: .tar(.pax)
        }
    }

    private var compression: ArchiveWriter.Compression {
        switch self {
        case .tarGzip: .gzip
        case .tarBzip2: .bzip2
        case .tarXz: .xz
        case .tarZstd: .zstd
        default: .none
        }
    }
}
