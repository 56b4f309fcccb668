import ArchiveIO
import BundleInspection
import BundleModel
import Foundation
import TestSupport
import Testing

/// Issue 11, item 2: a nested zip is read as Python's `zipfile` and torch read it, through its
/// central directory, and local headers that disagree with it are an integrity failure.
@Suite struct ZipConfusionTests {
    /// A `pytorch_model.bin` whose local headers show a harmless `archive/data.pkl` first, while
    /// the central directory points at a second `data.pkl` hidden in the data of `archive/data/0`.
    static let confusedCheckpoint: [UInt8] = {
        let decoy = StoredZip.localRecord(.init(name: "archive/data.pkl", data: Pickles.harmless))
        let hidden = StoredZip.localRecord(.init(name: "archive/data.pkl", data: Pickles.callingSystem))
        let carrier = StoredZip.localRecord(.init(name: "archive/data/0", data: hidden))
        let version = StoredZip.localRecord(.init(name: "archive/version", data: Array("3\n".utf8)))
        let carrierOffset = decoy.count
        let hiddenOffset = carrierOffset + 30 + "archive/data/0".utf8.count
        let versionOffset = carrierOffset + carrier.count
        let body = decoy + carrier + version
        return body
            + StoredZip.directory(
                [
                    .init(name: "archive/data.pkl", data: Pickles.callingSystem, offset: hiddenOffset),
                    .init(name: "archive/data/0", data: hidden, offset: carrierOffset),
                    .init(name: "archive/version", data: Array("3\n".utf8), offset: versionOffset),
                ], at: body.count)
    }()

    enum Carrier: String, CaseIterable, Sendable {
        case directory, tar, zip
        case tarGz = "tar.gz"
    }

    @Test(arguments: Carrier.allCases)
    func theCentralDirectoryDecides(carrier: Carrier) throws {
        let scratch = try TemporaryDirectory()
        let entries: [ArchiveWriter.Entry] = [
            .file("model/README.md", text: "# M\n"), .file("model/pytorch_model.bin", Self.confusedCheckpoint),
        ]
        let bundle: String
        switch carrier {
        case .directory:
            try scratch.write("model/README.md", "# M\n")
            bundle = try scratch.write("model/pytorch_model.bin", Self.confusedCheckpoint)
        case .tar: bundle = try scratch.write("bundle.tar", try ArchiveWriter.data(entries, container: .tar(.pax)))
        case .zip: bundle = try scratch.write("bundle.zip", try ArchiveWriter.data(entries, container: .zip))
        case .tarGz:
            bundle = try scratch.write(
                "bundle.tar.gz", try ArchiveWriter.data(entries, container: .tar(.pax), compression: .gzip))
        }
        let path = carrier == .directory ? scratch.path("model") : bundle
        let report = try #require(
            try BoundedRun.inspect(path, in: scratch, case: "a confused checkpoint in a \(carrier.rawValue)"))
        #expect(
            report.defects.contains {
                $0.kind == .dangerousPickleGlobal && $0.path == "pytorch_model.bin!/archive/data.pkl"
            }, "\(report.defects)")
        #expect(
            report.defects.contains { $0.kind == .zipHeadersDisagree && $0.path == "pytorch_model.bin" },
            "\(report.defects)")
    }

    /// A checkpoint larger than what is buffered, compressed inside the bundle: it can only be
    /// streamed from its local headers, which is reported as not read the way torch reads it.
    @Test func tooLargeToBufferInACompressedBundle() throws {
        let scratch = try TemporaryDirectory()
        let entries: [ArchiveWriter.Entry] = [
            .file("model/README.md", text: "# M\n"), .file("model/pytorch_model.bin", Self.confusedCheckpoint),
        ]
        let bundle = try scratch.write(
            "bundle.tar.gz", try ArchiveWriter.data(entries, container: .tar(.pax), compression: .gzip))
        let limits = ReadLimits(maxBufferedNestedBytes: 256)
        let manifest = try BundleInspector(options: InspectionOptions(limits: limits)).inspect(path: bundle)
        #expect(
            manifest.defects.contains { $0.kind == .zipDirectoryUnread && $0.path == "pytorch_model.bin" },
            "\(manifest.defects)")
    }

    /// The same checkpoint with an honest central directory is read without complaint.
    @Test func anHonestCheckpoint() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("model/pytorch_model.bin", Pickles.torchZip(Pickles.harmless))
        let report = try #require(
            try BoundedRun.inspect(scratch.path("model"), in: scratch, case: "an honest checkpoint"))
        #expect(report.defects.isEmpty, "\(report.defects)")
        #expect(report.artifacts.contains { $0.path == "pytorch_model.bin!/archive/data.pkl" })
    }
}
