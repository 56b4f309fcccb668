import BundleModel
import Testing

/// `PathHash.folded` hashes what `CharacterFolding.asciiLowercased` makes of every byte, and
/// `isASCII` tells ASCII bytes, at every length around the eight bytes it reads at a time.
@Suite struct PathHashTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(arguments: [
        "", "A", "Z", "@[`{", "ABCDEFGH", "AbCdEfGhI", "model/Shard000/FILE00001.TXT", "ÄPFEL/Äpfel",
        "caf\u{E9}/NOTICE", "\u{212A}EY/K", String(repeating: "Ab/", count: 11),
    ])
    func theFoldedHashIsTheHashOfTheFoldedBytes(text: String) {
        let original = bytes(text)
        let folded = original.map(CharacterFolding.asciiLowercased)
        let hashOfFolded = folded.withUnsafeBufferPointer(PathHash.exact)
        #expect(original.withUnsafeBufferPointer(PathHash.folded) == hashOfFolded)
        #expect(original.withUnsafeBufferPointer(PathHash.isASCII) == original.allSatisfy { $0 < 0x80 })
    }

    @Test func everyByteFoldsAsTheByteFoldDoes() {
        for byte in UInt8.min...UInt8.max {
            for length in 1...9 {
                let original = [UInt8](repeating: UInt8(ascii: "x"), count: length - 1) + [byte]
                let folded = original.map(CharacterFolding.asciiLowercased)
                #expect(
                    original.withUnsafeBufferPointer(PathHash.folded) == folded.withUnsafeBufferPointer(PathHash.exact),
                    "byte \(byte) at \(length)")
            }
        }
    }

    @Test func pathsThatDifferHashApart() {
        let paths = (0..<2_000).map { "many/shard\($0 % 100)/file\($0).txt" }
        let hashes = Set(paths.map { bytes($0).withUnsafeBufferPointer(PathHash.exact) })
        #expect(hashes.count == paths.count)
    }
}
