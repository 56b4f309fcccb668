import BundleModel
import Testing

@testable import BundleInspection

/// Pickles reach the scanner whatever their extension and protocol.
@Suite struct PickleClassificationTests {
    @Test(arguments: [
        "model.pkl", "model.bin", "model.pt", "model.pth", "model.ckpt", "archive/data.pkl", "training_args.bin",
    ])
    func protocol2PicklesArePickles(name: String) throws {
        let bytes: [UInt8] = [0x80, 0x02, 0x7D, 0x71, 0x00, 0x2E]
        #expect(Classifier.classify(name: name, prefix: bytes, size: UInt64(bytes.count)).format == .pickle)
    }

    @Test(arguments: [
        Array("(dp0\nVa\np1\nI1\ns.".utf8),
        [0x7D, 0x71, 0x00, 0x2E],
        Array("ccollections\nOrderedDict\np0\n(tRp1\n.".utf8),
        Array("(S'echo pwned'\nios\nsystem\n.".utf8),
    ])
    func protocol0And1PicklesNamedBinArePickles(bytes: [UInt8]) throws {
        #expect(
            Classifier.classify(name: "adapter_model.bin", prefix: bytes, size: UInt64(bytes.count)).format == .pickle)
        #expect(
            Classifier.classify(name: "shard-00001-of-00002.bin", prefix: bytes, size: UInt64(bytes.count)).format
                == .pickle)
    }

    @Test(arguments: [
        "(c) 2024 Acme\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software\n",
        "The model weights, as raw float16.\n", "copyright\nAcme Inc\n",
    ])
    func proseNamedBinIsNotAPickle(text: String) {
        let bytes = Array(text.utf8)
        // Nor weights at all: a text file is weights only under a name that claims one format.
        let classification = Classifier.classify(name: "weights.bin", prefix: bytes, size: UInt64(bytes.count))
        #expect(classification == Classification(kind: .other, format: .text))
    }

    @Test func rawTensorBytesNamedBinAreNotAPickle() {
        let bytes = (0..<1024).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        #expect(Classifier.classify(name: "openvino_model.bin", prefix: bytes, size: 1 << 30).format == .binary)
    }

    @Test func longProtocol0PickleIsRecognisedFromItsPrefix() {
        let bytes = Array(("(lp0\n" + String(repeating: "I1\naI2\na", count: 200)).utf8.prefix(1024))
        #expect(Classifier.classify(name: "weights.bin", prefix: bytes, size: 1 << 20).format == .pickle)
    }

    @Test func pytorchZipIsANestedArchive() throws {
        let bytes = try Fixtures.pickle("pytorch_model.bin")
        let classification = Classifier.classify(
            name: "pytorch_model.bin", prefix: Array(bytes.prefix(1024)), size: UInt64(bytes.count))
        #expect(classification.format == .pytorchZip)
        #expect(classification.isContainer)
    }
}
