import BundleModel
import Testing

@testable import BundleInspection

/// Kinds and formats come from names and magic bytes together.
@Suite struct ClassifierTests {
    static let safetensorsPrefix: [UInt8] = [2, 0, 0, 0, 0, 0, 0, 0] + Array("{}".utf8)
    /// A zip's first local header (version, flags, method, times, CRC, sizes, name and extra
    /// lengths) and the name of its first record.
    static let zipPrefix: [UInt8] =
        [0x50, 0x4B, 0x03, 0x04, 20, 0] + Array(repeating: 0, count: 20) + [16, 0, 0, 0]
        + Array("archive/data.pkl".utf8)
    static let picklePrefix: [UInt8] = [0x80, 0x02, 0x7D]
    static let text = Array("Some text\n".utf8)

    static let cases: [(String, [UInt8], ArtifactKind, ArtifactFormat)] = [
        ("model-00001-of-00002.safetensors", safetensorsPrefix, .weights, .safetensors),
        ("weights.bin", safetensorsPrefix, .weights, .safetensors),
        ("model.Q4_K_M.gguf", Array("GGUF\u{3}".utf8), .weights, .gguf),
        ("pytorch_model.bin", zipPrefix, .weights, .pytorchZip),
        ("legacy.pt", picklePrefix, .weights, .pickle),
        ("training_args.bin", picklePrefix, .other, .pickle),
        ("adapter_model.safetensors", safetensorsPrefix, .adapter, .safetensors),
        ("model.onnx", [0x08, 0x07, 0x12], .weights, .onnx),
        ("tf_model.h5", [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A], .weights, .hdf5),
        ("flax_model.msgpack", [0x81, 0xA6] + Array("params".utf8) + [0x82, 0xA4], .weights, .flaxMsgpack),
        ("weights.npz", zipPrefix, .weights, .npz),
        ("LICENSE", text, .license, .text),
        ("docs/Licence.md", text, .license, .markdown),
        ("COPYING.txt", text, .license, .text),
        ("NOTICE", text, .notice, .text),
        ("USE_POLICY.md", text, .usePolicy, .markdown),
        ("PROHIBITED_USE_POLICY", text, .usePolicy, .text),
        ("README.md", text, .modelCard, .markdown),
        ("MODEL_CARD.md", text, .modelCard, .markdown),
        ("config.json", Array("{}".utf8), .config, .json),
        ("generation_config.json", Array("{}".utf8), .config, .json),
        ("model.safetensors.index.json", Array("{}".utf8), .config, .json),
        ("tokenizer.json", Array("{}".utf8), .tokenizer, .json),
        ("tokenizer.model", [0x0A, 0x0B, 0x00], .tokenizer, .binary),
        ("license.py", text, .other, .text),
        ("release.tar.gz", [0x1F, 0x8B, 0x08], .other, .gzip),
    ]

    @Test(arguments: 0..<cases.count)
    func classifies(index: Int) {
        let (name, prefix, kind, format) = Self.cases[index]
        let result = Classifier.classify(name: name, prefix: prefix, size: 100)
        #expect(result == Classification(kind: kind, format: format), "\(name)")
    }

    @Test func lfsPointersAreRecognisedByContent() {
        let pointer = Array("version https://git-lfs.github.com/spec/v1\noid sha256:ab\nsize 10\n".utf8)
        #expect(
            Classifier.classify(name: "model.safetensors", prefix: pointer, size: UInt64(pointer.count)).kind
                == .lfsPointer)
    }
}
