import ArchiveIO
import BundleInspection
import BundleModel
import Foundation
import TestSupport

/// Runs inspection code on bytes by packing them into a tar written at test time.
enum EntryHarness {
    /// Calls `body` with the only entry of a tar holding `bytes` as `name`.
    static func withEntry<Result>(
        named name: String = "model.pkl", _ bytes: [UInt8], _ body: (BundleEntry) throws -> Result
    ) throws -> Result {
        let path = try writeScratch(try ArchiveWriter.data([.file(name, bytes)], container: .tar(.pax)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var result: Result?
        _ = try BundleReader().read(at: path) { entry in
            guard entry.header.type == .file else { return }
            result = try body(entry)
        }
        guard let result else { throw HarnessError.noEntry }
        return result
    }

    /// Inspects a tar holding `entries`.
    static func inspect(
        _ entries: [ArchiveWriter.Entry], options: InspectionOptions = InspectionOptions()
    ) throws -> Manifest {
        let path = try writeScratch(try ArchiveWriter.data(entries, container: .tar(.pax)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try BundleInspector(options: options).inspect(path: path)
    }

    private static func writeScratch(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "clearance-entry-\(UUID().uuidString).tar")
        try Data(bytes).write(to: url)
        return url.path
    }

    enum HarnessError: Error {
        case noEntry
    }
}
