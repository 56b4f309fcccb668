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
}
