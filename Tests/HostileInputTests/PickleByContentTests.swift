import ArchiveIO
import BundleModel
import Foundation
import TestSupport
import Testing

/// Issue 11, item 1: a pickle is recognised by its content, never by its name, and every file a
/// shard index names is inspected as weights, since transformers `torch.load`s it.
@Suite struct PickleByContentTests {
    /// Names that read as documents, other extensions, or none at all.
    @Test(arguments: [
        "notice-00001-of-00001.bin", "weights.pt.1", "model_card.bin", "weights", "LICENSE.bin", "README",
    ])
    func aPickleUnderAnyName(name: String) throws {
        let scratch = try TemporaryDirectory()
        let tar = try ArchiveWriter.data(
            [.file("model/config.json", text: "{}"), .file("model/\(name)", Pickles.callingSystem)],
            container: .tar(.pax))
        let report = try #require(
            try BoundedRun.inspect(try scratch.write("bundle.tar", tar), in: scratch, case: "a pickle named \(name)"))
        #expect(report.defects.contains { $0.kind == .dangerousPickleGlobal && $0.path == name }, "\(report.defects)")
    }

    /// A PyTorch zip under a document's name is opened and its `data.pkl` scanned.
    @Test(arguments: ["model_card.bin", "NOTICE", "weights"])
    func aTorchZipUnderAnyName(name: String) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("release/\(name)", Pickles.torchZip(Pickles.callingSystem))
        let report = try #require(
            try BoundedRun.inspect(scratch.path("release"), in: scratch, case: "a torch zip named \(name)"))
        #expect(
            report.defects.contains { $0.kind == .dangerousPickleGlobal && $0.path == "\(name)!/archive/data.pkl" },
            "\(report.defects)")
    }

    /// The index points at a `.data` shard; the directory lists the shard before the index.
    @Test func aShardIndexPointingAtADataFile() throws {
        let scratch = try TemporaryDirectory()
        let index = #"{"metadata": {"total_size": 64}, "weight_map": {"w": "model-00001-of-00001.data"}}"#
        try scratch.write("release/pytorch_model.bin.index.json", index)
        try scratch.write("release/model-00001-of-00001.data", Pickles.callingSystem)
        try scratch.write("release/README.md", "# M\n")
        let report = try #require(try BoundedRun.inspect(scratch.path("release"), in: scratch, case: "a .data shard"))
        #expect(
            report.defects.contains { $0.kind == .dangerousPickleGlobal && $0.path == "model-00001-of-00001.data" },
            "\(report.defects)")
        let check = try CheckReport.check(scratch.path("release"), in: scratch, case: "check of a .data shard")
        #expect(check.statuses("security_pickle_code_execution").contains("fail"))
        #expect(check.status == 1)
    }

    /// A protocol 0 pickle (no PROTO header) in a text-named shard: scanned when the index comes
    /// first in the archive, reported as not inspected as weights when it comes after.
    @Test func aTextNamedShardTheIndexNames() throws {
        let scratch = try TemporaryDirectory()
        let index = ArchiveWriter.Entry.file(
            "model/pytorch_model.bin.index.json", text: #"{"weight_map": {"w": "notes.md"}}"#)
        let shard = ArchiveWriter.Entry.file("model/notes.md", Pickles.callingSystemProtocol0)
        let first = try scratch.write("first.tar", try ArchiveWriter.data([index, shard], container: .tar(.pax)))
        let scanned = try #require(try BoundedRun.inspect(first, in: scratch, case: "index before a text-named shard"))
        #expect(
            scanned.defects.contains { $0.kind == .dangerousPickleGlobal && $0.path == "notes.md" },
            "\(scanned.defects)")
        let after = try scratch.write(
            "after.tar",
            try ArchiveWriter.data([.file("model/notes.md", text: "# Notes\n"), index], container: .tar(.pax)))
        let report = try #require(try BoundedRun.inspect(after, in: scratch, case: "index after a text-named shard"))
        #expect(report.defects.contains { $0.kind == .uninspectedShard && $0.path == "notes.md" }, "\(report.defects)")
    }
}
