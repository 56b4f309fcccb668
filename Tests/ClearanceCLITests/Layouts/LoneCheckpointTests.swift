import ArchiveIO
import Foundation
import TestSupport
import Testing

/// A checkpoint on its own is a bundle of one weights file, whatever format it has.
@Suite struct LoneCheckpointTests {
    static let harmless: [UInt8] = [0x80, 0x02, 0x7D, 0x71, 0x00, 0x2E]
    static let callingSystem: [UInt8] =
        [0x80, 0x02] + Array("cos\nsystem\nq\u{0}X\u{4}\u{0}\u{0}\u{0}trueq\u{1}\u{85}q\u{2}Rq\u{3}.".utf8)

    /// `torch.save` since 1.6: a zip of `archive/data.pkl`, `archive/byteorder`, the tensor
    /// records and `archive/version`.
    static func torchZip(_ pickle: [UInt8]) throws -> [UInt8] {
        try ArchiveWriter.data(
            [
                .file("archive/data.pkl", pickle), .file("archive/.format_version", text: "1"),
                .file("archive/byteorder", text: "little"),
                .file("archive/data/0", Array(repeating: 0, count: 16)), .file("archive/version", text: "3\n"),
            ], container: .zip)
    }

    /// Legacy `torch.save`: the magic number, the protocol version and system info pickled one
    /// after the other, then the object.
    static func legacy(_ object: [UInt8]) -> [UInt8] {
        let magic: [UInt8] = [0x80, 0x02, 0x8A, 0x0A, 0x6C, 0xFC, 0x9C, 0x46, 0xF9, 0x20, 0x6A, 0xA8, 0x50, 0x19, 0x2E]
        let version: [UInt8] = [0x80, 0x02, 0x4D, 0xE9, 0x03, 0x2E]
        return magic + version + harmless + object
    }

    @Test(arguments: ["pytorch_model.bin", "model.pt", "checkpoint.ckpt"])
    func aTorchZipIsOneWeightsFile(name: String) throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(name, try Self.torchZip(Self.harmless))
        let checked = try LayoutCheck.inspect(file)
        #expect(checked.report.subject.format == "pytorch-zip")
        #expect(checked.paths(ofKind: "weights") == [name])
        #expect(checked.report.artifacts.filter { $0.path.contains("!/") }.allSatisfy { $0.kind == "other" })
        #expect(checked.report.variants?.count == 1)
    }

    @Test(arguments: ["model.pt", "model.pth", "model.ckpt", "pytorch_model.bin"])
    func aLegacyPickleIsOneWeightsFileAndScanned(name: String) throws {
        let directory = try TemporaryDirectory()
        let clean = try LayoutCheck.check(try directory.write("clean/\(name)", Self.legacy(Self.harmless)))
        #expect(clean.report.subject.format == "pickle")
        #expect(clean.paths(ofKind: "weights") == [name])
        let payload = try LayoutCheck.check(try directory.write("payload/\(name)", Self.legacy(Self.callingSystem)))
        #expect(payload.failing.contains("security_pickle_code_execution"))
        #expect(payload.status == 1)
    }

    @Test func otherFormatsAreOneWeightsFileToo() throws {
        let directory = try TemporaryDirectory()
        let onnx: [UInt8] = [0x08, 0x08, 0x12, 0x07] + Array("pytorch".utf8) + [0x1A, 0x03] + Array("2.1".utf8)
        let hdf5: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A, 0x00] + Array(repeating: 0, count: 100)
        let npy: [UInt8] =
            [0x93] + Array("NUMPY".utf8) + [1, 0, 0x46, 0]
            + Array("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }".utf8)
            + Array(repeating: 0x20, count: 11) + [0x0A] + Array(repeating: 0, count: 16)
        for (name, bytes, format) in [
            ("model.onnx", onnx, "onnx"), ("tf_model.h5", hdf5, "hdf5"), ("embeddings.npy", npy, "npy"),
        ] {
            let checked = try LayoutCheck.inspect(try directory.write(name, bytes))
            #expect(checked.report.subject.format == format, "\(name)")
            #expect(checked.paths(ofKind: "weights") == [name], "\(name)")
        }
    }

    @Test func aFileThatIsNoBundleIsStillExitTwo() throws {
        let directory = try TemporaryDirectory()
        for (name, text) in [
            ("notes.txt", "# Notes\n"), ("fake.safetensors", "\u{2}\0\0\0\0\0\0\0{x is not json"),
            ("fake.gguf", "GGUF is a file format\n"),
        ] {
            let result = try CLIRunner.run(["check", try directory.write(name, text)])
            #expect(result.status == 2, "\(name)")
            #expect(result.stderr.contains("unrecognised format"), "\(name): \(result.stderr)")
        }
    }
}
