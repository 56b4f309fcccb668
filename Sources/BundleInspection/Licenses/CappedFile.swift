import Foundation

/// Reads a whole small file, refusing one larger than a limit.
public enum CappedFile {
    /// The file's bytes.
    ///
    /// - Throws: `LicenseDataError.unreadable` or `.tooLarge`.
    public static func read(_ path: String, limit: Int) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LicenseDataError.unreadable(path: path, reason: "no such file or not readable")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            guard data.count <= limit else { throw LicenseDataError.tooLarge(path: path, limit: limit) }
            return data
        } catch let error as LicenseDataError {
            throw error
        } catch {
            throw LicenseDataError.unreadable(path: path, reason: error.localizedDescription)
        }
    }
}
