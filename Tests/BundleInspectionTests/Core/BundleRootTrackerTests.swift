import Testing

@testable import BundleInspection

/// The common top-level folder, worked out on bytes for ASCII paths and on `Character`s otherwise.
@Suite struct BundleRootTrackerTests {
    static let cases: [(paths: [String], root: String?)] = [
        (["many/shard000/file00000.txt", "many/shard001/file00001.txt", "many"], "many"),
        (["many/a.txt", "other/b.txt"], nil),
        (["many/a.txt", "many2/b.txt"], nil),
        (["many/a.txt", "man/b.txt"], nil),
        (["README.md"], nil),
        (["many/a.txt", "many"], "many"),
        (["caf\u{E9}/a.txt", "caf\u{E9}/b.txt"], "caf\u{E9}"),
        // Canonically equal names are one folder, as `String` compares them.
        (["caf\u{E9}/a.txt", "cafe\u{301}/b.txt"], "caf\u{E9}"),
        (["\u{212A}/a.txt", "K/b.txt"], "\u{212A}"),
        (["K/a.txt", "\u{212A}/b.txt"], "K"),
        (["K/a.txt", "K\u{301}/b.txt"], nil),
    ]

    @Test(arguments: 0..<cases.count)
    func findsTheSharedFolder(index: Int) {
        var tracker = BundleRootTracker()
        for path in Self.cases[index].paths { tracker.observe(path, isDirectory: false) }
        #expect(tracker.root.folder.map { Array($0.utf8) } == Self.cases[index].root.map { Array($0.utf8) })
    }

    @Test func aLoneFileIsNotARootFolder() {
        var tracker = BundleRootTracker()
        tracker.observe("model", isDirectory: false)
        tracker.observe("model", isDirectory: false)
        #expect(tracker.root.folder == nil)
        tracker.observe("model", isDirectory: true)
        #expect(tracker.root.folder == "model")
    }

    static let relativeCases: [(folder: String?, path: String, relative: String)] = [
        ("many", "many/shard000/file00000.txt", "shard000/file00000.txt"),
        ("many", "many", ""),
        ("many", "many2/file.txt", "many2/file.txt"),
        ("many", "other/many/file.txt", "other/many/file.txt"),
        ("many", "man", "man"),
        (nil, "many/file.txt", "many/file.txt"),
        ("K", "\u{212A}/file.txt", "file.txt"),
        ("\u{212A}", "K/file.txt", "file.txt"),
        ("caf\u{E9}", "cafe\u{301}/file.txt", "file.txt"),
    ]

    @Test(arguments: 0..<relativeCases.count)
    func pathsAreMadeRelativeToTheRoot(index: Int) {
        let (folder, path, relative) = Self.relativeCases[index]
        #expect(Array(BundleRoot(folder: folder).relative(path).utf8) == Array(relative.utf8))
    }
}
