extension CharacterFolding {
    /// The byte with an ASCII capital letter made small, as `String.lowercased()` makes it; any
    /// other byte unchanged. The one ASCII case fold of the byte-level paths (file names, path
    /// checks, word hashes, word lists), which compare bytes where strings cost too much.
    @inlinable
    public static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
