import ArchiveIO
import Foundation
import TestSupport
import Testing

/// Each class of unreadable bundle gives its own typed error naming the file.
@Suite struct BundleErrorTests {
    @Test func missingPathIsNotFound() {
        #expect(throws: ArchiveIOError.notFound(path: "/nonexistent/bundle.tar")) {
            try BundleReader().read(at: "/nonexistent/bundle.tar") { _ in }
        }
    }

    @Test(.enabled(if: getuid() != 0, "root can read a file without read permission"))
    func unreadableFileIsUnreadable() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(
            "locked.tar", try ArchiveWriter.data([.file("a", text: "x")], container: .tar(.pax)))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        #expect(throws: ArchiveIOError.unreadable(path: path, reason: "Permission denied")) {
            try BundleReader().read(at: path) { _ in }
        }
    }

    @Test func pathThroughAFileIsUnreadable() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("plain", [1, 2, 3])
        #expect(throws: ArchiveIOError.unreadable(path: file + "/bundle.tar", reason: "Not a directory")) {
            try BundleReader().read(at: file + "/bundle.tar") { _ in }
        }
    }

    @Test func symlinksInDirectoriesAreListedNotFollowed() throws {
        let directory = try TemporaryDirectory()
        try directory.write("bundle/sub/x", [1])
        try FileManager.default.createSymbolicLink(atPath: directory.path("bundle/loop"), withDestinationPath: "loop")
        var seen: [String] = []
        _ = try BundleReader().read(at: directory.path("bundle")) { seen.append($0.path) }
        #expect(seen == ["loop", "sub", "sub/x"])
    }

    @Test func emptyFileIsEmpty() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("empty.tar", [])
        #expect(throws: ArchiveIOError.empty(path: path)) {
            try BundleReader().read(at: path) { _ in }
        }
    }

    @Test(arguments: [
        Array("just some text that is not an archive\n".utf8),
        Array(repeating: UInt8(0xAB), count: 4096),
        [0x1F, 0x8B] + Array(repeating: UInt8(0), count: 30),
    ])
    func unknownContentIsUnrecognised(bytes: [UInt8]) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("release.tar.gz", bytes)
        #expect(throws: ArchiveIOError.unrecognizedFormat(path: path)) {
            try BundleReader().read(at: path) { _ in }
        }
    }

    @Test func gzipOfNonArchiveIsUnrecognised() throws {
        let directory = try TemporaryDirectory()
        let text = try directory.write("notes.txt", Array("hello\n".utf8))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-k", text]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(throws: ArchiveIOError.unrecognizedFormat(path: text + ".gz")) {
            try BundleReader().read(at: text + ".gz") { _ in }
        }
    }

    static let truncatable: [(ArchiveWriter.Container, ArchiveWriter.Compression)] = [
        (.tar(.pax), .none), (.tar(.pax), .gzip), (.tar(.pax), .bzip2), (.tar(.pax), .xz), (.tar(.pax), .zstd),
        (.zip, .none), (.sevenZip, .none),
    ]

    /// Cutting the bundle anywhere after its first header is reported as corrupt, wherever the cut
    /// falls: in a header, in data that is read, or in data that is skipped by seeking.
    @Test(arguments: 0..<truncatable.count)
    func truncationAnywhereIsCorrupt(index: Int) throws {
        let (container, compression) = Self.truncatable[index]
        let payload = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        let bytes = try ArchiveWriter.data(
            [
                .file("a/LICENSE", text: "license"), .file("a/model.safetensors", payload),
                .file("a/zz.txt", text: "end"),
            ],
            container: container, compression: compression
        )
        let directory = try TemporaryDirectory()
        for cut in stride(from: bytes.count / 10, to: bytes.count - 1, by: max(1, bytes.count / 23)) {
            let path = try directory.write("cut-\(cut)", Array(bytes.prefix(cut)))
            do {
                _ = try BundleReader().read(at: path) { _ in }
                Issue.record("a bundle cut at \(cut) of \(bytes.count) bytes was read without error")
            } catch let error as ArchiveIOError {
                switch error {
                case .corrupt(let failingPath, _), .unrecognizedFormat(let failingPath):
                    #expect(failingPath == path)
                default:
                    Issue.record("unexpected error \(error)")
                }
            }
        }
    }

    @Test func garbageInsideAnArchiveIsCorrupt() throws {
        var bytes = try ArchiveWriter.data(
            [.file("a.txt", text: String(repeating: "abc", count: 10_000))], container: .tar(.pax), compression: .gzip)
        for index in (bytes.count / 2)..<(bytes.count / 2 + 64) { bytes[index] ^= 0x5A }
        let directory = try TemporaryDirectory()
        let path = try directory.write("damaged.tgz", bytes)
        #expect(throws: ArchiveIOError.self) {
            _ = try BundleReader().read(at: path) { try $0.content.drain() }
        }
    }
}
