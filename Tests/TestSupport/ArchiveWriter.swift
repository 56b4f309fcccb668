import BundleModel
internal import CArchive

/// Writes archives in every container format clearance reads, for test fixtures (the only Swift
/// outside ArchiveIO that calls libarchive). Reading never goes through this type.
public enum ArchiveWriter {
    /// The container to write.
    public enum Container: Sendable {
        case tar(TarFlavor)
        case zip
        case sevenZip
    }

    /// Which tar dialect to write.
    public enum TarFlavor: Sendable {
        case ustar
        case pax
        case gnu
    }

    /// The compression applied around the container.
    public enum Compression: Sendable {
        case none
        case gzip
        case bzip2
        case xz
        case zstd
    }

    /// One entry to write.
    public struct Entry: Sendable {
        /// The name exactly as it is stored, bytes included.
        public var rawName: [UInt8]
        public var type: EntryType
        public var contents: [UInt8]
        public var mode: UInt32
        public var linkTarget: String?

        /// An entry exactly as given, its name's bytes included.
        public init(rawName: [UInt8], type: EntryType, contents: [UInt8], mode: UInt32, linkTarget: String?) {
            self.rawName = rawName
            self.type = type
            self.contents = contents
            self.mode = mode
            self.linkTarget = linkTarget
        }

        /// A regular file with the given bytes.
        public static func file(_ name: String, _ contents: [UInt8], mode: UInt32 = 0o644) -> Entry {
            Entry(rawName: Array(name.utf8), type: .file, contents: contents, mode: mode, linkTarget: nil)
        }

        /// A regular file with UTF-8 text.
        public static func file(_ name: String, text: String) -> Entry {
            file(name, Array(text.utf8))
        }

        /// A directory.
        public static func directory(_ name: String) -> Entry {
            Entry(rawName: Array(name.utf8), type: .directory, contents: [], mode: 0o755, linkTarget: nil)
        }

        /// A symbolic link.
        public static func symlink(_ name: String, to target: String) -> Entry {
            Entry(rawName: Array(name.utf8), type: .symlink, contents: [], mode: 0o777, linkTarget: target)
        }

        /// A hard link to an earlier entry.
        public static func hardlink(_ name: String, to target: String) -> Entry {
            Entry(rawName: Array(name.utf8), type: .hardlink, contents: [], mode: 0o644, linkTarget: target)
        }
    }

    /// Why writing failed.
    public struct WriteError: Error, CustomStringConvertible {
        /// libarchive's message.
        public let description: String
    }

    /// The bytes of an archive holding `entries`.
    public static func data(
        _ entries: [Entry], container: Container, compression: Compression = .none
    ) throws(WriteError) -> [UInt8] {
        guard let archive = archive_write_new() else { throw WriteError(description: "cannot allocate a writer") }
        defer { archive_write_free(archive) }
        try configure(archive, container: container, compression: compression)
        let sink = Sink()
        let unmanaged = Unmanaged.passRetained(sink)
        defer { unmanaged.release() }
        try check(archive, archive_write_open2(archive, unmanaged.toOpaque(), nil, sinkWrite, nil, nil))
        for entry in entries {
            try write(entry, to: archive)
        }
        try check(archive, archive_write_close(archive))
        return sink.bytes
    }

    private static func configure(
        _ archive: OpaquePointer, container: Container, compression: Compression
    ) throws(WriteError) {
        switch container {
        case .tar(.ustar): try check(archive, archive_write_set_format_ustar(archive))
        case .tar(.pax): try check(archive, archive_write_set_format_pax_restricted(archive))
        case .tar(.gnu): try check(archive, archive_write_set_format_gnutar(archive))
        case .zip: try check(archive, archive_write_set_format_zip(archive))
        case .sevenZip: try check(archive, archive_write_set_format_7zip(archive))
        }
        switch compression {
        case .none: break
        case .gzip: try check(archive, archive_write_add_filter_gzip(archive))
        case .bzip2: try check(archive, archive_write_add_filter_bzip2(archive))
        case .xz: try check(archive, archive_write_add_filter_xz(archive))
        case .zstd: try check(archive, archive_write_add_filter_zstd(archive))
        }
        try check(archive, archive_write_set_bytes_in_last_block(archive, 1))
    }

    private static func write(_ entry: Entry, to archive: OpaquePointer) throws(WriteError) {
        guard let header = archive_entry_new() else { throw WriteError(description: "cannot allocate an entry") }
        defer { archive_entry_free(header) }
        (entry.rawName + [0]).withUnsafeBufferPointer { name in
            name.withMemoryRebound(to: CChar.self) { archive_entry_copy_pathname(header, $0.baseAddress) }
        }
        switch entry.type {
        case .file, .special:
            archive_entry_set_filetype(header, carchive_type_regular())
            archive_entry_set_size(header, Int64(entry.contents.count))
        case .directory:
            archive_entry_set_filetype(header, carchive_type_directory())
        case .symlink:
            archive_entry_set_filetype(header, carchive_type_symlink())
            archive_entry_copy_symlink(header, entry.linkTarget)
        case .hardlink:
            archive_entry_set_filetype(header, carchive_type_regular())
            archive_entry_copy_hardlink(header, entry.linkTarget)
        }
        archive_entry_set_perm(header, mode_t(entry.mode))
        archive_entry_set_mtime(header, 1_700_000_000, 0)
        try check(archive, archive_write_header(archive, header))
        if entry.type == .file, !entry.contents.isEmpty {
            let written = entry.contents.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, $0.count) }
            guard written == entry.contents.count else { throw WriteError(description: message(archive)) }
        }
    }

    private static func check(_ archive: OpaquePointer, _ status: Int32) throws(WriteError) {
        guard status >= ARCHIVE_WARN else { throw WriteError(description: message(archive)) }
    }

    private static func message(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unknown libarchive error"
    }
}

/// Collects what the writer produces.
private final class Sink {
    var bytes: [UInt8] = []
}

private func sinkWrite(
    _: OpaquePointer?, _ context: UnsafeMutableRawPointer?, _ buffer: UnsafeRawPointer?, _ length: Int
) -> la_ssize_t {
    guard let context, let buffer else { return -1 }
    let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeRawBufferPointer(start: buffer, count: length))
    return la_ssize_t(length)
}
