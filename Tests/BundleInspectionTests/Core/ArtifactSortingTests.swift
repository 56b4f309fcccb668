import BundleModel
import Testing

/// `sortByPath()` puts artifacts in report-path order, keeps the list order of equal paths,
/// and moves the artifacts whole.
@Suite struct ArtifactSortingTests {
    private func artifact(_ path: String, size: UInt64, in archives: [String] = []) -> Artifact {
        Artifact(location: EntryLocation(path, in: archives), kind: .other, format: .text, size: size)
    }

    @Test(arguments: [0, 1, 2, 5, 7, 64])
    func sortsByPathStably(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let names = ["b", "a", "a/b", "A", "c.txt", "b"]
        let artifacts = (0..<count).map { artifact(names[$0 % names.count], size: UInt64($0)) }.shuffled(
            using: &generator)
        var sorted = artifacts
        sorted.sortByPath()
        let expected = artifacts.enumerated().sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }
        #expect(sorted.map(\.path) == expected.map(\.element.path))
        #expect(sorted.map(\.size) == expected.map(\.element.size), "equal paths keep their order, with their data")
    }

    @Test func nestedEntriesSortByTheirReportPath() {
        var artifacts = [
            artifact("z.txt", size: 0), artifact("a.txt", size: 1, in: ["m.zip"]), artifact("m.zip", size: 2),
        ]
        artifacts.sortByPath()
        #expect(artifacts.map(\.path) == ["m.zip", "m.zip!/a.txt", "z.txt"])
    }

    /// Bytes decide where two paths first differ in ASCII; a combining mark after that point,
    /// or any other character there, leaves it to `String`'s order of composed forms.
    @Test func pathsWithOtherCharactersSortAsStringsDo() {
        let names = ["ae\u{301}", "af", "a", "é", "e\u{301}", "e", "f", "ä/x", "a\u{308}/w", "a/x", "ß", "z", "ab"]
        var artifacts = names.enumerated().map { artifact($0.element, size: UInt64($0.offset)) }
        let expected = artifacts.enumerated().sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }
        artifacts.sortByPath()
        #expect(artifacts.map(\.size) == expected.map(\.element.size))
    }

    /// Paths of the bundle's table are compared in place; paths of their own and nested entries
    /// among them sort as they would as strings.
    @Test func pathsInOneTableSortAmongOthersAsStringsDo() {
        var builder = PathTable.Builder(expectedBytes: 0)
        let names = [
            "b/2", "a", "B", "é", "e\u{301}", "a/b", "b/10", "a", "ab", "b/1", "shared/prefix/é.txt",
            "shared/prefix/e\u{301}.txt", "shared/prefix/f.txt", "shared/prefixé", "shared/prefix/A",
            "shared/prefix/a/b/c/d/e", "shared/prefix/a/b/c/d", "sharéd/prefix/a", "shared/prefix/a/b/c/d",
        ]
        let slices = names.map { builder.append($0) }
        let table = builder.finish()
        var artifacts = slices.enumerated().map { offset, slice in
            Artifact(path: slice, in: table, kind: .other, format: .text, size: UInt64(offset))
        }
        artifacts.insert(artifact("a.txt", size: 10, in: ["b"]), at: 3)
        artifacts.insert(artifact("aa", size: 11), at: 1)
        let expected = artifacts.enumerated().sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }
        artifacts.sortByPath()
        #expect(artifacts.map(\.size) == expected.map(\.element.size))
    }

    /// The bundle's own paths in one table, sorted against `String`'s order: `/` against the
    /// characters below and above it, prefixes, equal paths, case, paths longer than a key.
    @Test(arguments: [
        ["a/b", "a-b", "a.b", "a", "a0", "a/", "a/b/c", "a.b/c", "a-b/c", "A/b", "a/B"],
        ["x", "x", "X", "x/y", "x", "xy", "x/y", "x//y", "x/y/"],
        [
            "many/shard001/file00010.txt", "many/shard001/file0001.txt", "many/shard001/file00010.txt",
            "many/shard000/file00010.txt", "many/shard01/file1.txt", "many/shard001", "many/shard001/",
            "many/shard001/file00010.txt.bak", "many/shard001/file00010.tx", "Many/shard001/file00010.txt",
        ],
        [
            "abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxy", "abcdefghijklmnopqrstuvwxyz0",
            "abcdefghijklmnopqrstuvwxyZ", "abcdefg", "abcdefgh", "abcdefgh/", "abcdefg/h", "abcdefg~",
        ],
        ["é/a", "e\u{301}/a", "e/a", "a/é", "a/e\u{301}", "a/f", "a/e", "ß", "ss", "SS"],
        ["one"],
        [],
    ])
    func pathsOfOneTableSortAsStringsDo(names: [String]) {
        var builder = PathTable.Builder(expectedBytes: 0)
        let slices = names.map { builder.append($0) }
        let table = builder.finish()
        var artifacts = slices.enumerated().map { offset, slice in
            Artifact(path: slice, in: table, kind: .other, format: .text, size: UInt64(offset))
        }
        let expected = artifacts.enumerated().sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }
        artifacts.sortByPath()
        #expect(artifacts.map(\.size) == expected.map(\.element.size))
    }

    /// Many paths in shared folders, in random order, some repeated: keyed several times over.
    @Test(arguments: [3, 300, 20_000])
    func manyPathsInSharedFoldersSortAsStringsDo(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let names = (0..<count).map { _ in
            let folder = Int.random(in: 0..<max(1, count / 50), using: &generator)
            let file = Int.random(in: 0..<count, using: &generator)
            let ext = ["txt", "TXT", "t", ""].randomElement(using: &generator)!
            return "many/shard\(folder)/file\(file).\(ext)"
        }
        var builder = PathTable.Builder(expectedBytes: 0)
        let slices = names.map { builder.append($0) }
        let table = builder.finish()
        var artifacts = slices.enumerated().map { offset, slice in
            Artifact(path: slice, in: table, kind: .other, format: .text, size: UInt64(offset))
        }
        let expected = names.enumerated().sorted { ($0.element, $0.offset) < ($1.element, $1.offset) }
        artifacts.sortByPath()
        #expect(artifacts.map(\.size) == expected.map { UInt64($0.offset) })
    }
}
