import BundleModel
import Foundation
import Testing

@testable import BundleInspection

/// An artifact is small (what most files lack is out of line) and behaves as the plain value it
/// was; `ArtifactList` hands its artifacts over in order, by index, however many chunks they took.
@Suite struct ArtifactStorageTests {
    @Test func anArtifactIsSmallInline() {
        #expect(MemoryLayout<Artifact>.stride <= 48)
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

    @Test(arguments: [0, 1, 4095, 4096, 4097, 10_000])
    func aListHandsOverEveryArtifactInOrder(count: Int) {
        var list = ArtifactList()
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
