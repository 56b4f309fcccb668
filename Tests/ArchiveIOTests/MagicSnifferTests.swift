import ArchiveIO
import Testing

/// The one signature table that bundles, nested entries and classified files are recognised by.
@Suite struct MagicSnifferTests {
    static let containers: [([UInt8], Magic)] = [
        ([0x50, 0x4B, 0x03, 0x04, 0, 0], .zip),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4], .sevenZip),
        ([0x1F, 0x8B, 0x08, 0], .gzip),
        (Array("BZh9".utf8), .bzip2),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], .xz),
        ([0x28, 0xB5, 0x2F, 0xFD, 0], .zstd),
        ([UInt8](repeating: 0, count: 257) + Array("ustar".utf8) + [0, 0], .tar),
    ]

    @Test(arguments: containers)
    func aContainerIsTheSameMagicForTheReaderAndTheClassifier(prefix: [UInt8], magic: Magic) {
        #expect(MagicSniffer.container(prefix) == magic)
        #expect(MagicSniffer.sniff(prefix) == magic)
    }

    @Test func weightsAndTextAreNoContainers() {
        #expect(MagicSniffer.container(Array("GGUF\u{3}".utf8)) == nil)
        #expect(MagicSniffer.container(Array("# Model card\n".utf8)) == nil)
        #expect(MagicSniffer.sniff(Array("# Model card\n".utf8)) == .text)
    }

    /// A safetensors header of 0x8B1F bytes starts with the gzip signature; the `{` after the
    /// length decides, as the table orders it.
    @Test func aSafetensorsHeaderLengthDoesNotReadAsAShortSignature() {
        let prefix: [UInt8] = [0x1F, 0x8B, 0, 0, 0, 0, 0, 0] + Array("{\"a\":".utf8)
        #expect(MagicSniffer.sniff(prefix) == .safetensors)
        #expect(MagicSniffer.safetensorsHeaderLength(prefix) == 0x8B1F)
    }
}
