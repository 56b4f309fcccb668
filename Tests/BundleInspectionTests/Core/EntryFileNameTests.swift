import Testing

@testable import BundleInspection

/// The name every per-entry test by name reads is made once, on the path's bytes when it is
/// ASCII: it must be what `String.lowercased()` and a search by `Character` give.
@Suite struct EntryFileNameTests {
    @Test(arguments: [
        "model.safetensors", "Folder/LICENSE", "a/b/Model-00001-of-00002.SafeTensors", "README", ".clearanceignore",
        "outer.zip!/inner/Config.JSON", "trailing.", "dir.d/noext", "many/shard007/file00042.txt", "Modelfile.Chat",
        "\u{DC}n\u{EF}code/NOTICE.TXT", "caf\u{E9}.TXT", "\u{212A}elvin.MD", "dot.\u{301}txt", "model.bin.\u{301}x",
        "name\r\n.txt", "/", "",
    ])
    func readsTheNameAsCharactersDo(path: String) {
        let lower = ShardFileName.fileName(of: path).lowercased()
        let ext = lower.lastIndex(of: ".").map { String(lower[lower.index(after: $0)...]) } ?? ""
        let name = EntryFileName(path: path)
        #expect(Array(name.lower.utf8) == Array(lower.utf8))
        #expect(name.ext == FileExtension(lowerCased: ext.utf8))
    }

    @Test func aKelvinSignIsLowerCasedAsUnicodeSays() {
        // U+212A lower-cases to an ASCII `k`: a byte-wise lower-casing would keep it.
        #expect(EntryFileName(path: "weights/\u{212A}.BIN").lower == "k.bin")
        #expect(EntryFileName(path: "weights/\u{212A}.BIN").ext == "bin")
    }
}
