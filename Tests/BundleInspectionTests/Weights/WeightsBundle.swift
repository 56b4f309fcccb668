import ArchiveIO
import BundleInspection
import BundleModel
import Foundation
import TestSupport

/// Packs entries into an archive in a temporary file and inspects it, for weights tests.
enum WeightsBundle {
    /// The manifest of an archive holding `entries`.
    static func inspect(
        _ entries: [ArchiveWriter.Entry], container: ArchiveWriter.Container = .tar(.pax),
        compression: ArchiveWriter.Compression = .none
    ) throws -> Manifest {
        try inspectFile(
            named: "bundle.bin", try ArchiveWriter.data(entries, container: container, compression: compression))
    }

    /// The manifest of a bundle that is the single file `name` holding `bytes`.
    static func inspectFile(named name: String, _ bytes: [UInt8]) throws -> Manifest {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "clearance-weights-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return try BundleInspector().inspect(path: file.path)
    }

    /// The three files of the two-shard fixture, under `folder`.
    static func shardedCheckpoint(in folder: String = "release/") throws -> [ArchiveWriter.Entry] {
        try ["model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors", "model.safetensors.index.json"].map
        { name in
            .file(folder + name, try WeightsFixtures.bytes("sharded/" + name))
        }
    }
}

extension Manifest {
    /// The artifact at `path`, if any.
    func artifact(_ path: String) -> Artifact? {
        artifacts.first { $0.path == path }
    }

    /// Defects as `(kind, path)` pairs, in manifest order.
    var defectSummary: [(DefectKind, String)] {
        defects.map { ($0.kind, $0.path) }
    }
}
