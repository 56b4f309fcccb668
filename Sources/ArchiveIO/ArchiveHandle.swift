import BundleModel
internal import CArchive
import Platform

/// Owns one libarchive read handle and frees it on every path.
///
/// Not Sendable: a handle is created, used and freed by one reader on one thread.
final class ArchiveHandle {
    let pointer: OpaquePointer

    /// A handle that accepts exactly the containers clearance supports.
    /// Top-level bundles can seek, so zip is read from its central directory and 7z is allowed;
    /// nested archives are streams, so zip is read entry by entry and 7z is not offered.
    init(seekable: Bool) throws(ArchiveFailure) {
        _ = utf8NameConversion
        guard let pointer = archive_read_new() else { throw ArchiveFailure("libarchive could not allocate a reader") }
        self.pointer = pointer
        archive_read_support_filter_gzip(pointer)
        archive_read_support_filter_bzip2(pointer)
        archive_read_support_filter_xz(pointer)
        archive_read_support_filter_zstd(pointer)
        archive_read_support_format_tar(pointer)
        archive_read_support_format_gnutar(pointer)
        if seekable {
            archive_read_support_format_zip_seekable(pointer)
            archive_read_support_format_7zip(pointer)
        } else {
            archive_read_support_format_zip_streamable(pointer)
        }
    }

    deinit {
        archive_read_free(pointer)
    }

    /// libarchive's description of the last error, or a fallback.
    var errorMessage: String {
        guard let message = archive_error_string(pointer) else { return "unknown libarchive error" }
        return String(cString: message)
    }

    /// The last error as a failure value.
    func failure() -> ArchiveFailure {
        // libarchive reports "no supported format" with ARCHIVE_ERRNO_FILE_FORMAT, which is EILSEQ on Linux.
        ArchiveFailure(errorMessage, isUnrecognizedFormat: bundleFormat == nil && archive_errno(pointer) == EILSEQ)
    }

    /// Whether skipping an entry means decompressing it: a compression filter wraps the
    /// container, or the container is 7z, whose entries share compressed blocks.
    var skipsByDecompressing: Bool {
        archive_filter_code(pointer, 0) != ARCHIVE_FILTER_NONE
            || archive_format(pointer) & ARCHIVE_FORMAT_BASE_MASK == ARCHIVE_FORMAT_7ZIP
    }

    /// The bundle format, known once the first header has been read.
    var bundleFormat: BundleFormat? {
        let base = archive_format(pointer) & ARCHIVE_FORMAT_BASE_MASK
        switch base {
        case ARCHIVE_FORMAT_ZIP: return archive_filter_code(pointer, 0) == ARCHIVE_FILTER_NONE ? .zip : nil
        case ARCHIVE_FORMAT_7ZIP: return archive_filter_code(pointer, 0) == ARCHIVE_FILTER_NONE ? .sevenZip : nil
        case ARCHIVE_FORMAT_TAR:
            switch archive_filter_code(pointer, 0) {
            case ARCHIVE_FILTER_NONE: return .tar
            case ARCHIVE_FILTER_GZIP: return .tarGz
            case ARCHIVE_FILTER_BZIP2: return .tarBz2
            case ARCHIVE_FILTER_XZ: return .tarXz
            case ARCHIVE_FILTER_ZSTD: return .tarZst
            default: return nil
            }
        default: return nil
        }
    }
}

/// libarchive converts entry names through the C locale; in the plain "C" locale it cannot
/// convert UTF-8 names of zip entries and drops them. Switch character handling to UTF-8 once.
private let utf8NameConversion: Void = {
    if let current = setlocale(LC_CTYPE, nil), ["C", "POSIX"].contains(String(cString: current)) {
        setlocale(LC_CTYPE, "C.UTF-8")
    }
}()

/// A libarchive call failed; the message is libarchive's own.
struct ArchiveFailure: Error {
    let message: String
    /// The input is not an archive of any supported format (as opposed to a damaged one).
    let isUnrecognizedFormat: Bool

    init(_ message: String, isUnrecognizedFormat: Bool = false) {
        self.message = message
        self.isUnrecognizedFormat = isUnrecognizedFormat
    }
}
