import ArchiveIO
import BundleInspection
import BundleModel
import Testing

/// Whole-bundle inspection: pickles are scanned wherever they sit, including inside a PyTorch zip.
@Suite struct PickleInspectionTests {
    @Test func pytorchZipInsideATarIsScannedThroughTheNestedArchive() throws {
        let manifest = try EntryHarness.inspect([
            .file("release/pytorch_model.bin", try Fixtures.pickle("pytorch_model.bin")),
            .file("release/legacy/pytorch_model.bin", try Fixtures.pickle("legacy_torch_save.bin")),
            .file("release/README.md", text: "# Model\n"),
        ])
        let dataPickle = try #require(manifest.artifacts.first { $0.path == "pytorch_model.bin!/archive/data.pkl" })
        #expect(dataPickle.format == .pickle)
        let scan = try #require(dataPickle.metadata?.pickle)
        #expect(scan.isComplete)
        #expect(scan.protocolVersion == 2)
        #expect(scan.globals.map(\.qualifiedName).contains("torch._utils._rebuild_tensor_v2"))
        #expect(scan.dangerous.isEmpty)
        let legacy = try #require(manifest.artifacts.first { $0.path == "legacy/pytorch_model.bin" })
        #expect(legacy.metadata?.pickle?.pickleCount == 5)
        #expect(manifest.defects.filter(\.kind.isSecurity).isEmpty)
    }

    @Test func maliciousPytorchZipProducesADefectOnTheNestedPickle() throws {
        let manifest = try EntryHarness.inspect([
            .file("pytorch_model.bin", try Fixtures.pickle("malicious_pytorch_model.bin")),
            .file("evil.pkl", try Fixtures.pickle("malicious_builtins_eval.pkl")),
        ])
        let security = manifest.defects.filter(\.kind.isSecurity)
        #expect(security.map(\.kind) == [.dangerousPickleGlobal, .dangerousPickleGlobal])
        #expect(security.map(\.path) == ["evil.pkl", "pytorch_model.bin!/archive/data.pkl"])
        #expect(security.last?.message.contains("posix.system") == true)
    }
}
