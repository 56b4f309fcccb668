import ArchiveIO
import BundleModel
import TestSupport
import Testing

/// Every container format written by libarchive reads back with the same entries.
@Suite struct ArchiveRoundTripTests {
    static let entries: [ArchiveWriter.Entry] = [
        .directory("release/"),
        .file("release/LICENSE", text: "LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\n"),
        .file("release/model.safetensors", Array(repeating: 7, count: 300_000)),
        .file("release/docs/README.md", text: "# Model\n"),
    ]

    static let cases: [(ArchiveWriter.Container, ArchiveWriter.Compression, BundleFormat)] = [
        (.tar(.ustar), .none, .tar),
        (.tar(.pax), .none, .tar),
        (.tar(.gnu), .none, .tar),
        (.tar(.pax), .gzip, .tarGz),
        (.tar(.pax), .bzip2, .tarBz2),
        (.tar(.pax), .xz, .tarXz),
        (.tar(.pax), .zstd, .tarZst),
        (.zip, .none, .zip),
        (.sevenZip, .none, .sevenZip),
    ]

    @Test(arguments: 0..<cases.count)
    func readsBackEveryFormat(index: Int) throws {
        let (container, compression, expected) = Self.cases[index]
        let directory = try TemporaryDirectory()
        let path = try directory.write(
            "bundle.bin", try ArchiveWriter.data(Self.entries, container: container, compression: compression))
        var seen: [String: UInt64] = [:]
        var licenseText = ""
        let summary = try BundleReader().read(at: path) { entry in
            guard entry.header.type == .file else { return }
            seen[entry.path] = entry.header.declaredSize
            if entry.path.hasSuffix("LICENSE") {
                licenseText = String(decoding: try entry.content.read(1000), as: UTF8.self)
            }
        }
        #expect(summary.format == expected)
        #expect(
            seen == [
                "release/LICENSE": 38,
                "release/model.safetensors": 300_000,
                "release/docs/README.md": 8,
            ])
        #expect(licenseText.hasPrefix("LLAMA 3.1"))
    }

    @Test func anArchiveWhoseNinthByteIsABraceIsStillAnArchive() throws {
        // A 7z start header: signature, version, then a checksum that may hold `{` at offset 8,
        // where a safetensors file has the first byte of its JSON header.
        var bytes = try ArchiveWriter.data(Self.entries, container: .sevenZip)
        let brace = UInt8(ascii: "{")
        #expect(bytes.count > 9)
        bytes[8] = brace
        let directory = try TemporaryDirectory()
        let path = try directory.write("bundle.7z", bytes)
        let summary = try? BundleReader().read(at: path) { _ in }
        #expect(summary?.format != .safetensors)
    }

    @Test func streamsWholeContentInChunks() throws {
        let payload = (0..<2_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let directory = try TemporaryDirectory()
        let path = try directory.write(
            "b.tar.zst", try ArchiveWriter.data([.file("w.bin", payload)], container: .tar(.pax), compression: .zstd))
        var collected: [UInt8] = []
        _ = try BundleReader().read(at: path) { entry in
            let head = try entry.content.peek(10)
            #expect(head == Array(payload.prefix(10)))
            try entry.content.forEachChunk { collected.append(contentsOf: $0) }
        }
        #expect(collected == payload)
    }
}
