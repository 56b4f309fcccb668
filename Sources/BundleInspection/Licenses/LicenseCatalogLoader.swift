import BundleModel
import Foundation

/// Loads license fingerprints from JSON: a directory of them (one `<name>.json` each), one file,
/// or bytes already read. The notice lines come from the policy packs, not from these files.
public enum LicenseCatalogLoader {
    /// Largest data file read.
    public static let maxFileBytes = 4 << 20
    /// Most files read from one directory.
    public static let maxFiles = 1000

    /// The fingerprints in `directory`: every `*.json` file is one.
    /// Fingerprints are ordered by file name.
    ///
    /// - Throws: `LicenseDataError` naming the first file that cannot be read or decoded.
    public static func load(directory: String) throws -> LicenseCatalog {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }
                .sorted()
        } catch {
            throw LicenseDataError.unreadable(path: directory, reason: "not a readable directory")
        }
        guard names.count <= maxFiles else {
            throw LicenseDataError.invalid(path: directory, reason: "more than \(maxFiles) JSON files")
        }
        var catalog = LicenseCatalog()
        var seen = Set<String>()
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            let fingerprint = try loadFingerprint(file: path)
            guard seen.insert(fingerprint.name).inserted else {
                throw LicenseDataError.duplicateFingerprint(path: path, name: fingerprint.name)
            }
            catalog.fingerprints.append(fingerprint)
        }
        return catalog
    }

    /// One fingerprint file.
    public static func loadFingerprint(file path: String) throws -> LicenseFingerprint {
        try loadFingerprint(data: CappedFile.read(path, limit: maxFileBytes), source: path)
    }

    /// One fingerprint from its JSON bytes; `source` names it in errors.
    public static func loadFingerprint(data: Data, source path: String) throws -> LicenseFingerprint {
        let fingerprint = try decode(LicenseFingerprint.self, from: data, path: path)
        try check(fingerprint.schemaVersion, supported: LicenseFingerprint.currentSchemaVersion, path: path)
        guard !fingerprint.sentences.isEmpty, !fingerprint.name.isEmpty, !fingerprint.licenseID.isEmpty else {
            throw LicenseDataError.invalid(path: path, reason: "a fingerprint needs a name, a license id and sentences")
        }
        return fingerprint
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, from data: Data, path: String) throws -> Value {
        guard data.count <= maxFileBytes else {
            throw LicenseDataError.invalid(path: path, reason: "larger than \(maxFileBytes) bytes")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw LicenseDataError.invalid(path: path, reason: describe(context))
        } catch let DecodingError.keyNotFound(key, context) {
            throw LicenseDataError.invalid(path: path, reason: "missing key \"\(key.stringValue)\"" + at(context))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw LicenseDataError.invalid(path: path, reason: describe(context))
        } catch {
            throw LicenseDataError.invalid(path: path, reason: "not JSON")
        }
    }

    private static func check(_ version: Int, supported: Int, path: String) throws {
        guard version == supported else {
            throw LicenseDataError.unsupportedSchemaVersion(path: path, found: version, supported: supported)
        }
    }

    private static func describe(_ context: DecodingError.Context) -> String {
        context.debugDescription + at(context)
    }

    private static func at(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "" : " at \(path)"
    }
}
