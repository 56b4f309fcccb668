import BundleModel
import Testing

/// `PathBytes.foldedHash` hashes what `CharacterFolding.asciiLowercased` makes of every byte,
/// `isASCII` tells ASCII bytes and `contains` finds a byte, at every length around the eight
/// bytes they read at a time.
@Suite struct PathBytesTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(arguments: [
        "", "A", "Z", "@[`{", "ABCDEFGH", "AbCdEfGhI", "model/Shard000/FILE00001.TXT", "ÄPFEL/Äpfel",
        "caf\u{E9}/NOTICE", "\u{212A}EY/K", String(repeating: "Ab/", count: 11),
    ])
    func theFoldedHashIsTheHashOfTheFoldedBytes(text: String) {
        let original = bytes(text)
        let folded = original.map(CharacterFolding.asciiLowercased)
        let hashOfFolded = folded.withUnsafeBufferPointer(PathBytes.exactHash)
        #expect(original.withUnsafeBufferPointer(PathBytes.foldedHash) == hashOfFolded)
        #expect(original.withUnsafeBufferPointer(PathBytes.isASCII) == original.allSatisfy { $0 < 0x80 })
    }

    @Test func everyByteFoldsAsTheByteFoldDoes() {
        for byte in UInt8.min...UInt8.max {
            for length in 1...9 {
                let original = [UInt8](repeating: UInt8(ascii: "x"), count: length - 1) + [byte]
                let folded = original.map(CharacterFolding.asciiLowercased)
                let hash = original.withUnsafeBufferPointer(PathBytes.foldedHash)
                #expect(hash == folded.withUnsafeBufferPointer(PathBytes.exactHash), "byte \(byte) at \(length)")
            }
        }
    }

    @Test func pathsThatDifferHashApart() {
        let paths = (0..<2_000).map { "many/shard\($0 % 100)/file\($0).txt" }
        let hashes = Set(paths.map { bytes($0).withUnsafeBufferPointer(PathBytes.exactHash) })
        #expect(hashes.count == paths.count)
    }

    @Test func aByteIsFoundWhereverItIs() {
        for length in 0...17 {
            for place in 0..<max(length, 1) {
                for byte: UInt8 in [0, 0x2D, 0x80, 0xFF] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    if place < length { bytes[place] = byte }
                    let found = bytes.withUnsafeBufferPointer { PathBytes.contains(byte, in: $0) }
                    #expect(found == bytes.contains(byte), "\(byte) at \(place) of \(length)")
                }
            }
        }
    }
}
