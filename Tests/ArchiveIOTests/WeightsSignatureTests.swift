import ArchiveIO
import Testing

/// A magic number is not enough: the header after it must fit the file.
@Suite struct WeightsSignatureTests {
    static func littleEndian(_ value: UInt64) -> [UInt8] { withUnsafeBytes(of: value.littleEndian) { Array($0) } }

    @Test func safetensorsNeedALengthThatFitsAndJSONThatCloses() {
        let header = Array(#"{"w":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}}"#.utf8)
        let file = Self.littleEndian(UInt64(header.count)) + header + [0, 0, 0, 0]
        #expect(WeightsSignature.isSafetensors(file, size: UInt64(file.count)))
        #expect(!WeightsSignature.isSafetensors(file, size: UInt64(header.count)), "the length runs past the file")
        let unclosed = Self.littleEndian(UInt64(header.count + 4)) + header + Array("xyz ".utf8)
        #expect(!WeightsSignature.isSafetensors(unclosed, size: UInt64(unclosed.count)))
        let source = Array("int x = {1, 2, 3};\n".utf8)
        #expect(!WeightsSignature.isSafetensors(Array("a = 1; b{".utf8) + source, size: 100))
    }

    @Test func ggufNeedsAVersionAndCountsThatFit() {
        let gguf = Array("GGUF".utf8) + [3, 0, 0, 0] + Self.littleEndian(2) + Self.littleEndian(3)
        #expect(WeightsSignature.isGGUF(gguf, size: 1000))
        #expect(!WeightsSignature.isGGUF(Array("GGUF is a format for models.".utf8), size: 100))
        #expect(
            !WeightsSignature.isGGUF(
                Array("GGUF".utf8) + [3, 0, 0, 0] + Self.littleEndian(1 << 40) + Self.littleEndian(1), size: 1000))
    }

    @Test func otherMagicsAreHeldToTheirHeaders() {
        #expect(WeightsSignature.isTFLite(Self.littleEndian(28).prefix(4) + Array("TFL3".utf8), size: 1000))
        #expect(!WeightsSignature.isTFLite(Array("abcdTFL3 in prose".utf8), size: 1000))
        #expect(WeightsSignature.isGGML(Array("tjgg".utf8) + [3, 0, 0, 0], size: 100))
        #expect(!WeightsSignature.isGGML(Array("ggml is a tensor library".utf8), size: 100))
        #expect(!WeightsSignature.isZip([0x50, 0x4B, 0x03, 0x04, 0, 0], size: 6))
        #expect(WeightsSignature.isONNX([0x08, 0x07, 0x12, 0x07]))
        #expect(!WeightsSignature.isONNX(Array("\u{8}hello".utf8)))
    }
}
