import ArchiveIO
import BundleModel
import TestSupport
import Testing

@testable import BundleInspection

/// Unsafe entries are recorded on the manifest as defects, never followed and never fatal.
@Suite struct EntryDefectTests {
    private func inspect(
        _ entries: [ArchiveWriter.Entry], container: ArchiveWriter.Container = .tar(.pax)
    ) throws -> Manifest {
        let directory = try TemporaryDirectory()
        let path = try directory.write("bundle", try ArchiveWriter.data(entries, container: container))
        return try BundleInspector().inspect(path: path)
    }

    private func kinds(_ manifest: Manifest) -> [String: Set<DefectKind>] {
        manifest.defects.reduce(into: [:]) { $0[$1.path, default: []].insert($1.kind) }
    }

    @Test func absoluteAndTraversingNamesAreDefects() throws {
        let manifest = try inspect([
            .file("/etc/cron.d/x", text: "a"), .file("../../outside.txt", text: "b"), .file("ok.txt", text: "c"),
        ])
        let found = kinds(manifest)
        #expect(found["etc/cron.d/x"] == [.absolutePath])
        #expect(found["../../outside.txt"] == [.parentTraversal])
        #expect(found["ok.txt"] == nil)
    }

    @Test func anEscapingEntryDoesNotHideTheRootFolder() throws {
        let manifest = try inspect([
            .file("r/README.md", text: "# M\n"), .file("/etc/cron.d/x", text: "a"), .file("r/x", text: "d"),
        ])
        #expect(manifest.root == "r")
        #expect(manifest.artifacts.map(\.path).contains("README.md"))
        #expect(kinds(manifest)["etc/cron.d/x"] == [.absolutePath])
    }

    @Test func duplicatesAndCaseCollisionsAreDefects() throws {
        let manifest = try inspect([
            .file("r/LICENSE", text: "a"), .file("r/LICENSE", text: "b"), .file("r/license", text: "c"),
            .file("r/x", text: "d"),
        ])
        #expect(manifest.root == "r")
        let found = kinds(manifest)
        #expect(found["LICENSE"] == [.duplicatePath])
        #expect(found["license"] == [.caseCollision])
    }

    @Test func linksPointingOutsideTheRootAreDefects() throws {
        let manifest = try inspect([
            .file("r/weights.safetensors", text: "x"),
            .symlink("r/model.safetensors", to: "weights.safetensors"),
            .symlink("r/docs/up", to: "../../../etc/passwd"),
            .symlink("r/abs", to: "/etc/shadow"),
            .hardlink("r/hard", to: "../evil"),
        ])
        let found = kinds(manifest)
        #expect(found["model.safetensors"] == nil)
        #expect(found["docs/up"] == [.linkEscapesRoot])
        #expect(found["abs"] == [.linkEscapesRoot])
        #expect(found["hard"]?.contains(.linkEscapesRoot) == true)
        #expect(manifest.artifacts.first { $0.path == "model.safetensors" }?.linkTarget == "weights.safetensors")
    }

    @Test func lfsPointersStandInForWeights() throws {
        let pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2146\nsize 4976698672\n"
        let manifest = try inspect([.file("model-00001-of-00002.safetensors", text: pointer)])
        let artifact = try #require(manifest.artifacts.first)
        #expect(artifact.kind == .lfsPointer)
        #expect(artifact.metadata?.lfsPointer == LFSPointerInfo(oid: "sha256:4d7a2146", size: 4_976_698_672))
        #expect(manifest.defects.map(\.kind) == [.lfsPointer])
    }

    @Test func hashesAreComputedOnlyWhenAsked() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("b.zip", try ArchiveWriter.data([.file("a.txt", text: "abc")], container: .zip))
        let plain = try BundleInspector().inspect(path: path)
        #expect(plain.artifacts.first?.sha256 == nil)
        #expect(plain.subject.sha256 == nil)
        let hashed = try BundleInspector(options: InspectionOptions(computeHashes: true)).inspect(path: path)
        #expect(hashed.artifacts.first?.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hashed.subject.sha256?.count == 64)
    }

    @Test func largeEntriesAreHashedInTheBackgroundInOrder() throws {
        let payload = (0..<(3 << 20)).map { UInt8($0 % 251) }
        let directory = try TemporaryDirectory()
        let path = try directory.write(
            "b.tar.zst",
            try ArchiveWriter.data(
                [.file("big.bin", payload), .file("small.txt", text: "abc"), .file("big2.bin", payload)],
                container: .tar(.pax), compression: .zstd))
        let manifest = try BundleInspector(options: InspectionOptions(computeHashes: true)).inspect(path: path)
        let digests = Dictionary(uniqueKeysWithValues: manifest.artifacts.map { ($0.path, $0.sha256) })
        #expect(digests["big.bin"] == "a1feacf0d812ba4d0b0e463ed45bbd583cea1de55c54693116754b30b5794745")
        #expect(digests["big2.bin"] == "a1feacf0d812ba4d0b0e463ed45bbd583cea1de55c54693116754b30b5794745")
        #expect(digests["small.txt"] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(manifest.subject.sha256 == (try FileDigest.sha256(ofFileAt: path)))
    }
}
