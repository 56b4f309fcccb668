import BundleModel
import TestSupport
import Testing

@testable import ArchiveIO

/// Skipping is seeking, nested archives are followed within their caps, and names keep their bytes.
@Suite struct StreamingTests {
    @Test func skippedDataOfAnUncompressedTarIsNeverRead() throws {
        let big = [UInt8](repeating: 0x42, count: 48 << 20)
        let bytes = try ArchiveWriter.data(
            [
                .file("r/model-00001-of-00002.safetensors", big), .file("r/model-00002-of-00002.safetensors", big),
                .file("r/LICENSE", text: "x"),
            ],
            container: .tar(.pax)
        )
        let directory = try TemporaryDirectory()
        let path = try directory.write("big.tar", bytes)
        var names: [String] = []
        let summary = try BundleReader().read(at: path) { entry in
            names.append(entry.path)
            _ = try entry.content.peek(1024)
        }
        #expect(names == ["r/model-00001-of-00002.safetensors", "r/model-00002-of-00002.safetensors", "r/LICENSE"])
        #expect(summary.bytesReadFromBundle < 8 << 20, "read \(summary.bytesReadFromBundle) of \(bytes.count) bytes")
    }

    @Test(arguments: [(ArchiveWriter.Compression.none, false), (.gzip, true), (.zstd, true)])
    func entriesOfACompressedStreamAreDecompressedWhileRead(
        compression: ArchiveWriter.Compression, decompressed: Bool
    ) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(
            "bundle",
            try ArchiveWriter.data([.file("a.txt", text: "x")], container: .tar(.pax), compression: compression))
        var seen: [Bool] = []
        _ = try BundleReader().read(at: path) { seen.append($0.isDecompressedWhileRead) }
        #expect(seen == [decompressed])
    }

    @Test func nestedArchivesAreListedWithBangPaths() throws {
        let innerTar = try ArchiveWriter.data(
            [.file("deep/notes.txt", text: "hi")], container: .tar(.ustar), compression: .gzip)
        let zip = try ArchiveWriter.data(
            [.file("archive/data.pkl", [0x80, 0x02, 0x2E]), .file("inner.tgz", innerTar)], container: .zip)
        let outer = try ArchiveWriter.data(
            [.file("model.bin", zip), .file("README.md", text: "# M")], container: .tar(.gnu), compression: .xz)
        let directory = try TemporaryDirectory()
        let path = try directory.write("release.tar.xz", outer)
        var paths: [String] = []
        var outcomes: [NestedOutcome] = []
        func visit(_ entry: BundleEntry) throws {
            paths.append(entry.path)
            outcomes.append(try entry.openNested(visit))
        }
        _ = try BundleReader().read(at: path, visit)
        #expect(
            paths == [
                "model.bin", "model.bin!/archive/data.pkl", "model.bin!/inner.tgz",
                "model.bin!/inner.tgz!/deep/notes.txt", "README.md",
            ])
        #expect(outcomes.contains(.listed(.zip)))
        #expect(outcomes.contains(.listed(.tarGz)))
    }

    @Test func nestingBeyondTheDepthCapIsRecordedNotFollowed() throws {
        var bytes = try ArchiveWriter.data([.file("bottom.txt", text: "x")], container: .zip)
        for level in 0..<6 { bytes = try ArchiveWriter.data([.file("level\(level).zip", bytes)], container: .zip) }
        let directory = try TemporaryDirectory()
        let path = try directory.write("nested.zip", bytes)
        var deepest = 0
        var capped: [NestedOutcome] = []
        func visit(_ entry: BundleEntry) throws {
            deepest = max(deepest, entry.depth)
            let outcome = try entry.openNested(visit)
            if case .depthLimitReached = outcome { capped.append(outcome) }
        }
        _ = try BundleReader(limits: ReadLimits(maxNestingDepth: 4)).read(at: path, visit)
        #expect(deepest == 4)
        #expect(capped == [.depthLimitReached(limit: 4)])
    }

    @Test func theNestedDecompressionBudgetStopsFollowing() throws {
        let payload = [UInt8](repeating: 0, count: 4 << 20)
        let inner = try ArchiveWriter.data([.file("zeros.bin", payload)], container: .tar(.pax))
        let outer = try ArchiveWriter.data([.file("a.tar", inner), .file("b.tar", inner)], container: .zip)
        let directory = try TemporaryDirectory()
        let path = try directory.write("bomb.zip", outer)
        var outcomes: [NestedOutcome] = []
        _ = try BundleReader(limits: ReadLimits(nestedDecompressionBudget: 1 << 20)).read(at: path) { entry in
            outcomes.append(try entry.openNested { try $0.content.drain() })
        }
        #expect(outcomes.allSatisfy { $0 == .budgetExceeded(limit: 1 << 20) || $0 == .notAnArchive })
        #expect(outcomes.contains(.budgetExceeded(limit: 1 << 20)))
    }

    /// A nested zip is read through its central directory and skips by seeking; a streamed
    /// archive (here a tar.gz) can only skip by decompressing, which is charged.
    @Test func skippingInsideNestedArchivesIsChargedToTheBudget() throws {
        let zeros = [UInt8](repeating: 0, count: 8 << 20)
        let inner = try ArchiveWriter.data(
            (0..<8).map { .file("zeros\($0).bin", zeros) }, container: .tar(.pax), compression: .gzip)
        let outer = try ArchiveWriter.data(
            [.file("inner.tar.gz", inner), .file("after.txt", text: "x")], container: .zip)
        let directory = try TemporaryDirectory()
        let path = try directory.write("bomb.zip", outer)
        var outcomes: [String: NestedOutcome] = [:]
        var inside = 0
        func visit(_ entry: BundleEntry) throws {
            if entry.depth > 0 { inside += 1 }
            outcomes[entry.path] = try entry.openNested(visit)
        }
        _ = try BundleReader(limits: ReadLimits(expansionAllowance: 4 << 20)).read(at: path, visit)
        guard case .budgetExceeded = outcomes["inner.tar.gz"] else {
            Issue.record(
                "expected the budget to stop inner.tar.gz, got \(String(describing: outcomes["inner.tar.gz"]))")
            return
        }
        #expect((1..<8).contains(inside))
        #expect(outcomes["after.txt"] == .notAnArchive)
    }

    @Test func aCompressedBundleThatExpandsPastItsAllowanceStopsReading() throws {
        let zeros = [UInt8](repeating: 0, count: 16 << 20)
        let bytes = try ArchiveWriter.data(
            [.file("a.txt", text: "x"), .file("zeros.bin", zeros), .file("after.txt", text: "x")],
            container: .tar(.pax), compression: .gzip)
        let directory = try TemporaryDirectory()
        let path = try directory.write("bomb.tar.gz", bytes)
        var names: [String] = []
        let summary = try BundleReader(limits: ReadLimits(maxExpansionRatio: 10, expansionAllowance: 1 << 20)).read(
            at: path
        ) { names.append($0.path) }
        #expect(summary.expansionLimitReached)
        #expect(names == ["a.txt", "zeros.bin"])
        let normal = try BundleReader().read(at: path) { _ in }
        #expect(!normal.expansionLimitReached)
    }

    @Test func aCorruptNestedArchiveIsAnOutcomeNotAnError() throws {
        var zip = try ArchiveWriter.data(
            [.file("a.txt", text: String(repeating: "hello ", count: 5000))], container: .zip)
        zip = Array(zip.prefix(zip.count / 2))
        let outer = try ArchiveWriter.data(
            [.file("broken.zip", zip), .file("after.txt", text: "x")], container: .tar(.pax))
        let directory = try TemporaryDirectory()
        let path = try directory.write("outer.tar", outer)
        var outcomes: [String: NestedOutcome] = [:]
        _ = try BundleReader().read(at: path) { entry in
            outcomes[entry.path] = try entry.openNested { try $0.content.drain() }
        }
        guard case .corrupt = outcomes["broken.zip"] else {
            Issue.record("expected a corrupt outcome, got \(String(describing: outcomes["broken.zip"]))")
            return
        }
        #expect(outcomes["after.txt"] == .notAnArchive)
    }

    @Test func namesThatAreNotUTF8AreEscapedLosslessly() throws {
        var entry = ArchiveWriter.Entry.file("x", text: "x")
        entry.rawName = Array("caf".utf8) + [0xE9] + Array("\\.txt".utf8)
        let bytes = try ArchiveWriter.data([entry], container: .tar(.pax))
        let directory = try TemporaryDirectory()
        let path = try directory.write("latin1.tar", bytes)
        var names: [EntryPath] = []
        _ = try BundleReader().read(at: path) { names.append($0.header.name) }
        #expect(names.map(\.path) == ["caf\\xE9\\\\.txt"])
        #expect(names.map(\.isValidUTF8) == [false])
    }

    @Test(arguments: [
        ("./a//b/./c", "a/b/c", false, false),
        ("/etc/passwd", "etc/passwd", true, false),
        ("../../x", "../../x", false, true),
        ("C:/Windows/x", "Windows/x", true, false),
        ("a\\..\\b", "a/../b", false, true),
    ])
    func namesAreNormalised(raw: String, path: String, absolute: Bool, traversal: Bool) {
        let name = EntryPath(raw)
        #expect(name.path == path)
        #expect(name.wasAbsolute == absolute)
        #expect(name.hasParentTraversal == traversal)
    }
}
