import ArchiveIO
import BundleModel
import Foundation
import Testing

/// `EntryLocation`, the typed place of an entry, and its report form `outer.zip!/inner/path`.
@Suite struct EntryLocationTests {
    @Test func aNestedLocationIsWrittenAndReadInTheReportForm() throws {
        let location = EntryLocation("model.bin").appending("inner.tgz").appending("deep/notes.txt")
        #expect(location.archives == ["model.bin", "inner.tgz"])
        #expect(location.isNested)
        #expect(location.description == "model.bin!/inner.tgz!/deep/notes.txt")
        #expect(EntryLocation(reportPath: location.description) == location)
        #expect(!EntryLocation(reportPath: "weights/model.safetensors").isNested)
    }

    @Test func onlyTheOutermostPathIsRewritten() {
        let location = EntryLocation("inner/README.md", in: ["release/weights.zip"])
        let relative = location.withOutermostPath { $0.hasPrefix("release/") ? String($0.dropFirst(8)) : $0 }
        #expect(relative.description == "weights.zip!/inner/README.md")
        #expect(EntryLocation("release/a.txt").withOutermostPath { _ in "a.txt" } == EntryLocation("a.txt"))
    }

    @Test func anArtifactEncodesItsLocationAsItsPath() throws {
        let artifact = Artifact(
            location: EntryLocation("data.pkl", in: ["pytorch_model.bin"]), kind: .weights, format: .pickle, size: 3)
        let json = String(decoding: try JSONEncoder().encode(artifact), as: UTF8.self)
        #expect(json.contains(#""path":"pytorch_model.bin!\/data.pkl""#))
        #expect(try JSONDecoder().decode(Artifact.self, from: Data(json.utf8)).location == artifact.location)
    }
}
