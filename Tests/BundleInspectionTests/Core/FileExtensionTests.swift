import Testing

@testable import BundleInspection

/// Packed extensions equal exactly when their bytes do; what cannot be packed is `unknown`.
@Suite struct FileExtensionTests {
    @Test func aLiteralEqualsTheSameBytes() {
        #expect(FileExtension(lowerCased: "json".utf8) == "json")
        #expect(FileExtension(lowerCased: "safetensors".utf8) == "safetensors")
        #expect(FileExtension(lowerCased: "fifteen-bytes-x".utf8) == "fifteen-bytes-x")
        #expect(FileExtension(lowerCased: [UInt8]()) == "")
    }

    @Test func differentBytesOrLengthsDiffer() {
        #expect(FileExtension(lowerCased: "jso".utf8) != "json")
        #expect(FileExtension(lowerCased: "jsonl".utf8) != "json")
        // A NUL byte packs as zero bits: only the length tells `t` and `t\0` apart.
        #expect(FileExtension(lowerCased: [UInt8(ascii: "t"), 0]) != "t")
        #expect(FileExtension(lowerCased: "md".utf8) != "dm")
    }

    @Test(arguments: ["sixteen-bytes-xy", "t\u{E9}xt", "\u{212A}"])
    func whatCannotBePackedIsUnknown(ext: String) {
        let packed = FileExtension(lowerCased: ext.utf8)
        #expect(packed == .unknown)
        #expect(packed != "")
    }
}
