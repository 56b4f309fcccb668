/// Pickle streams the second round of hostile cases hides in releases.
enum Pickles {
    /// Protocol 2: `os.system("echo pwned")`.
    static let callingSystem: [UInt8] = bytes(
        "\u{80}\u{02}cos\nsystem\nq\u{00}X\u{0a}\u{00}\u{00}\u{00}echo pwnedq\u{01}\u{85}q\u{02}Rq\u{03}.")

    /// Protocol 0, without a PROTO header: `os.system("echo pwned")`.
    static let callingSystemProtocol0: [UInt8] = bytes("cos\nsystem\n(S'echo pwned'\ntR.")

    /// Protocol 2: an empty dict, as harmless as a pickle gets.
    static let harmless: [UInt8] = [0x80, 0x02, 0x7D, 0x71, 0x00, 0x2E]

    /// A PyTorch checkpoint zip (`archive/data.pkl`, `archive/version`) around `pickle`.
    static func torchZip(_ pickle: [UInt8]) -> [UInt8] {
        StoredZip.build([("archive/data.pkl", pickle), ("archive/version", Array("3\n".utf8))])
    }

    private static func bytes(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8($0.value) }
    }
}
