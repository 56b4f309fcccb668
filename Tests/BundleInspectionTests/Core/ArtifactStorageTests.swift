import BundleModel
import Foundation
import Testing

@testable import BundleInspection

/// An artifact is small (what most files lack is out of line) and behaves as the plain value it
/// was, whether its path is its own or a slice of the bundle's path table; `ArtifactList` hands
/// its artifacts over in order, by index, however many it reserved room for.
@Suite struct ArtifactStorageTests {
    @Test func anArtifactIsSmallInline() {
        #expect(MemoryLayout<Artifact>.stride <= 24)
    }

    /// A size, path length or mode too wide for its inline field is kept out of line, and
    /// dropped from there when it narrows again.
    @Test(arguments: [UInt64(0), 1 << 32 - 1, 1 << 32, .max])
    func wideValuesReadBack(size: UInt64) {
        let long = String(repeating: "a", count: 70_000)
        let plain = Artifact(path: "a", kind: .weights, format: .gguf, size: 1, mode: FileMode(0o644))
        var artifact = plain
        artifact.size = size
        artifact.mode = FileMode(0o1_000_000)
        artifact.location = EntryLocation(long)
        #expect(artifact.size == size && artifact.mode == FileMode(0o1_000_000) && artifact.path == long)
        #expect(artifact.sha256 == nil && artifact.metadata == nil && !artifact.isNested)
        artifact.size = 1
        artifact.mode = FileMode(0o644)
        artifact.location = EntryLocation("a")
        #expect(artifact == plain)
    }

    @Test func aFileWithDetailsKeepsThemWhenItsPathMoves() {
        var builder = PathTable.Builder(expectedBytes: 0)
        let slice = builder.append("model/a.txt")
        let table = builder.finish()
        var artifact = Artifact(path: slice, in: .empty, kind: .license, format: .text, size: 1)
        artifact.sha256 = "ab"
        artifact.licenseMatches = []
        artifact.movePath(to: BundleRoot(folder: "model").relative(slice, in: table), in: table)
        #expect(artifact.path == "a.txt" && artifact.pathSlice(in: table) != nil)
        #expect(artifact.sha256 == "ab" && artifact.licenseMatches == [])
        artifact.sha256 = nil
        artifact.licenseMatches = nil
        #expect(artifact == Artifact(path: "a.txt", kind: .license, format: .text, size: 1))
        #expect(artifact.pathSlice(in: table) != nil, "dropping the details keeps the path where it is")
    }

    /// `isEmpty` names every member: one more member must be added to it too.
    @Test func metadataIsEmptyOnlyWithNoMemberSet() {
        #expect(ArtifactMetadata().isEmpty)
        #expect(Mirror(reflecting: ArtifactMetadata()).children.count == 16, "a new member: add it to isEmpty")
        var notice = ArtifactMetadata()
        notice.noticeLines = []
        #expect(!notice.isEmpty)
        var pointer = ArtifactMetadata()
        pointer.lfsPointer = LFSPointerInfo(oid: "sha256:00", size: 9)
        #expect(!pointer.isEmpty)
    }

    @Test func rareFieldsReadBackAndLeaveNothingBehindWhenCleared() {
        var artifact = Artifact(path: "a.bin", kind: .weights, format: .pickle, size: 3, mode: FileMode(0o644))
        let plain = artifact
        artifact.sha256 = "ab"
        artifact.linkTarget = "b"
        artifact.licenseMatches = []
        #expect(artifact.sha256 == "ab" && artifact.linkTarget == "b" && artifact.licenseMatches == [])
        #expect(plain.sha256 == nil, "a copy does not see later changes")
        artifact.sha256 = nil
        artifact.linkTarget = nil
        artifact.licenseMatches = nil
        #expect(artifact == plain)
        #expect(artifact.mode == FileMode(0o644))
        artifact.mode = nil
        #expect(artifact.mode == nil && artifact != plain)
    }

    @Test func jsonOmitsWhatIsAbsentAndRoundTrips() throws {
        var artifact = Artifact(
            location: EntryLocation("x.txt", in: ["o.zip"]), kind: .other, format: .text, size: 1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(
            String(decoding: try encoder.encode(artifact), as: UTF8.self)
                == #"{"format":"text","kind":"other","path":"o.zip!\/x.txt","size":1}"#)
        artifact.mode = FileMode(0o755)
        artifact.sha256 = "00"
        var metadata = ArtifactMetadata()
        metadata.lfsPointer = LFSPointerInfo(oid: "sha256:00", size: 9)
        artifact.metadata = metadata
        let decoded = try JSONDecoder().decode(Artifact.self, from: try encoder.encode(artifact))
        #expect(decoded == artifact)
    }

    @Test func aPathInTheTableIsThePathItSlices() throws {
        var builder = PathTable.Builder(expectedBytes: 0)
        let slices = ["model/a.txt", "model/é.txt", "model"].map { builder.append($0) }
        let table = builder.finish()
        let root = BundleRoot(folder: "model")
        let artifacts = slices.map {
            Artifact(path: root.relative($0, in: table), in: table, kind: .other, format: .text, size: 1)
        }
        #expect(artifacts.map(\.path) == ["a.txt", "é.txt", ""])
        #expect(artifacts[1] == Artifact(path: "é.txt", kind: .other, format: .text, size: 1))
        #expect(artifacts[0] != artifacts[1])
        #expect(!artifacts[0].isNested && artifacts[0].location == EntryLocation("a.txt"))
        var moved = artifacts[0]
        moved.location = EntryLocation("x.txt", in: ["o.zip"])
        #expect(moved.isNested && moved.path == "o.zip!/x.txt" && moved.pathInTable == nil)
        #expect(BundleRoot(folder: "mode").relative(slices[0], in: table) == slices[0], "a folder is a whole name")
    }

    @Test(arguments: [0, 1, 4095, 4096, 4097, 10_000])
    func aListHandsOverEveryArtifactInOrder(count: Int) {
        // Room for 5,000: a list still grows past what it reserved.
        var list = ArtifactList(expectedCount: 5000)
        for index in 0..<count {
            list.append(Artifact(path: "f\(index)", kind: .other, format: .text, size: 0))
        }
        if count > 0 { list[count - 1].size = 7 }
        #expect(list.count == count)
        let all = list.removeAll()
        #expect(all.map(\.path) == (0..<count).map { "f\($0)" })
        #expect(all.last?.size == (count > 0 ? 7 : nil))
        #expect(list.count == 0)
    }
}
