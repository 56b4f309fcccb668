/// Why license data (a fingerprint, a notice list, a text to fingerprint) could not be loaded.
public enum LicenseDataError: Error, Equatable, CustomStringConvertible {
    /// The file or directory could not be read.
    case unreadable(path: String, reason: String)
    /// The file could not be written.
    case unwritable(path: String, reason: String)
    /// The file is larger than the limit for its kind.
    case tooLarge(path: String, limit: Int)
    /// The file is not valid JSON of the expected layout.
    case invalid(path: String, reason: String)
    /// The file's `schemaVersion` is not one this build reads.
    case unsupportedSchemaVersion(path: String, found: Int, supported: Int)
    /// Two fingerprints share a name.
    case duplicateFingerprint(path: String, name: String)
    /// The text has no words to fingerprint.
    case emptyText(path: String)

    /// One line naming the file and the cause.
    public var description: String {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read: \(reason)"
        case let .unwritable(path, reason): "\(path): cannot write: \(reason)"
        case let .tooLarge(path, limit): "\(path): larger than \(limit) bytes"
        case let .invalid(path, reason): "\(path): invalid: \(reason)"
        case let .unsupportedSchemaVersion(path, found, supported):
            "\(path): schemaVersion \(found) is not supported (this build reads \(supported))"
        case let .duplicateFingerprint(path, name): "\(path): another fingerprint is already named \"\(name)\""
        case let .emptyText(path): "\(path): the text has no words"
        }
    }
}
