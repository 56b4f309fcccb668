import ArchiveIO
import Foundation
import TestSupport
import Testing

/// `clearance inspect` run as a user runs it: the built binary, its JSON, its exit status.
@Suite struct InspectCommandTests {
    static let release: [ArchiveWriter.Entry] = [
        .directory("acme-8b/"),
        .file("acme-8b/LICENSE", text: "LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\n"),
        .file("acme-8b/NOTICE", text: "Llama 3.1 is licensed under the Llama 3.1 Community License\n"),
        .file("acme-8b/README.md", text: "---\nlicense: llama3.1\n---\n# Llama-3.1-Acme-8B\n"),
        .file("acme-8b/config.json", text: "{\"model_type\": \"llama\"}"),
        .file("acme-8b/tokenizer.json", text: "{}"),
        .file("acme-8b/model.safetensors", [16, 0, 0, 0, 0, 0, 0, 0] + Array("{\"__metadata__\":{}}".utf8).prefix(16)),
    ]

    static let formats: [(String, ArchiveWriter.Container, ArchiveWriter.Compression)] = [
        ("tar", .tar(.pax), .none), ("tar.gz", .tar(.pax), .gzip), ("tar.bz2", .tar(.ustar), .bzip2),
        ("tar.xz", .tar(.gnu), .xz), ("tar.zst", .tar(.pax), .zstd), ("zip", .zip, .none), ("7z", .sevenZip, .none),
    ]

    struct Listing: Decodable, Equatable {
        struct Subject: Decodable, Equatable { let format: String }
        struct Item: Decodable, Equatable {
            let path: String
            let kind: String
            let format: String
            let size: UInt64
        }
        let schemaVersion: Int
        let subject: Subject
        let artifacts: [Item]
    }

    @Test func everyContainerListsTheSameArtifacts() throws {
        let directory = try TemporaryDirectory()
        for entry in Self.release where entry.type == .file {
            try directory.write(String(decoding: entry.rawName, as: UTF8.self), entry.contents)
        }
        let reference = try listing(of: directory.path("acme-8b"))
        #expect(reference.subject.format == "directory")
        #expect(
            reference.artifacts.map(\.kind) == ["license", "notice", "model-card", "config", "weights", "tokenizer"])
        for (name, container, compression) in Self.formats {
            let path = try directory.write(
                "release.\(name)", try ArchiveWriter.data(Self.release, container: container, compression: compression))
            let other = try listing(of: path)
            #expect(other.subject.format == name)
            #expect(other.artifacts == reference.artifacts, "\(name) lists different artifacts")
        }
    }

    @Test func textOutputIsATable() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("r.tar", try ArchiveWriter.data(Self.release, container: .tar(.pax)))
        let result = try CLIRunner.run(["inspect", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("KIND"))
        let licenseRow = result.stdout.split(separator: "\n").first { $0.hasPrefix("license ") }
        #expect(licenseRow?.contains(" LICENSE") == true)
        #expect(result.stdout.contains("root folder: acme-8b/"))
    }

    static let errorCases: [(String, [UInt8]?)] = [
        ("missing.tar", nil),
        ("empty.tar", []),
        ("notes.tar", Array("plain text, not an archive\n".utf8)),
    ]

    @Test(arguments: 0..<errorCases.count)
    func unreadableBundlesExitTwoWithOneLine(index: Int) throws {
        let (name, bytes) = Self.errorCases[index]
        let directory = try TemporaryDirectory()
        let path = bytes.map { try? directory.write(name, $0) } ?? directory.path(name)
        let result = try CLIRunner.run(["inspect", path ?? directory.path(name), "--format", "json"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(name))
    }

    @Test func truncatedArchiveExitsTwo() throws {
        let directory = try TemporaryDirectory()
        let bytes = try ArchiveWriter.data(
            Self.release + [.file("acme-8b/big.bin", Array(repeating: 9, count: 100_000))], container: .tar(.pax),
            compression: .zstd)
        let path = try directory.write("cut.tar.zst", Array(bytes.prefix(bytes.count - 40)))
        let result = try CLIRunner.run(["inspect", path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("clearance: \(path): corrupt or truncated archive"))
    }

    @Test func badArgumentsExitTwo() throws {
        let result = try CLIRunner.run(["inspect", "x", "--format", "xml"])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    private func listing(of path: String) throws -> Listing {
        let result = try CLIRunner.run(["inspect", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Listing.self, from: Data(result.stdout.utf8))
    }
}
