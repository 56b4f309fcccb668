import BundleModel
import TestSupport
import Testing

@testable import ArchiveIO

/// Entry names that would write outside the target folder, or collide, when extracted: each is
/// a defect of the bundle, found in every container that can hold it.
@Suite struct EntryNameTests {
    private static let containers: [(String, ArchiveWriter.Container, ArchiveWriter.Compression)] = [
        ("tar", .tar(.pax), .none), ("tar.gz", .tar(.gnu), .gzip), ("zip", .zip, .none), ("7z", .sevenZip, .none),
    ]

    private func inspect(_ entries: [ArchiveWriter.Entry], named name: String) throws -> [(String, InspectionReport)] {
        let scratch = try TemporaryDirectory()
        return try Self.containers.map { suffix, container, compression in
            let bundle = try scratch.write(
                "bundle.\(suffix)", try ArchiveWriter.data(entries, container: container, compression: compression))
            let report = try #require(try BoundedRun.inspect(bundle, in: scratch, case: "\(name) in a \(suffix)"))
            return (suffix, report)
        }
    }

    private func raw(_ name: [UInt8], _ text: String = "x") -> ArchiveWriter.Entry {
        ArchiveWriter.Entry(rawName: name, type: .file, contents: Array(text.utf8), mode: 0o644, linkTarget: nil)
    }

    @Test func pathTraversal() throws {
        for (suffix, report) in try inspect(
            [.file("model/README.md", text: "# M\n"), .file("model/../../../etc/cron.d/evil", text: "x")],
            named: "path traversal")
        {
            #expect(report.defectKinds.contains(.parentTraversal), "\(suffix)")
        }
    }

    @Test func absoluteNames() throws {
        for (suffix, report) in try inspect(
            [.file("/etc/passwd", text: "x"), .file("C:/Windows/evil.dll", text: "x")], named: "absolute names")
        {
            #expect(report.defects.filter { $0.kind == .absolutePath }.count == 2, "\(suffix)")
        }
    }

    @Test func symlinksEscapingTheRoot() throws {
        let entries: [ArchiveWriter.Entry] = [
            .file("model/README.md", text: "# M\n"),
            .symlink("model/up", to: "../../../etc/passwd"),
            .symlink("model/absolute", to: "/etc/shadow"),
            .symlink("model/inside", to: "README.md"),
        ]
        for (suffix, report) in try inspect(entries, named: "escaping symlinks") where suffix != "7z" {
            let escaping = Set(report.defects.filter { $0.kind == .linkEscapesRoot }.map(\.path))
            #expect(escaping == ["up", "absolute"], "\(suffix)")
        }
    }

    /// A tar keeps names as raw bytes. libarchive's zip writer re-encodes names, so the zip is
    /// patched after writing; 7z stores UTF-16 and cannot hold such a name at all.
    @Test func namesThatAreNotUTF8() throws {
        let scratch = try TemporaryDirectory()
        let invalid: [[UInt8]] = [[0x6D, 0xFF, 0xFE, 0x2E, 0x62, 0x69, 0x6E], [0xC0, 0xAF, 0x2E, 0x2E, 0x2F, 0x78]]
        let placeholders = ["m@@.bin", "@@../x"]
        var bundles: [(String, [UInt8])] = []
        for (suffix, compression) in [("tar", ArchiveWriter.Compression.none), ("tar.gz", .gzip)] {
            bundles.append(
                (
                    suffix,
                    try ArchiveWriter.data(invalid.map { raw($0) }, container: .tar(.pax), compression: compression)
                ))
        }
        var zipBytes = try ArchiveWriter.data(placeholders.map { .file($0, text: "x") }, container: .zip)
        for (placeholder, bytes) in zip(placeholders, invalid) {
            zipBytes = Self.replacing(Array(placeholder.utf8), with: bytes, in: zipBytes)
        }
        bundles.append(("zip", zipBytes))
        for (suffix, bytes) in bundles {
            let bundle = try scratch.write("bundle.\(suffix)", bytes)
            let report = try #require(
                try BoundedRun.inspect(bundle, in: scratch, case: "non-UTF-8 names in a \(suffix)"))
            #expect(report.defects.filter { $0.kind == .nonUTF8Name }.count == 2, "\(suffix)")
        }
    }

    /// Every occurrence of `pattern` in `bytes` replaced by `replacement`, of the same length.
    private static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        var index = 0
        while index + pattern.count <= result.count {
            if Array(result[index..<index + pattern.count]) == pattern {
                result.replaceSubrange(index..<index + pattern.count, with: replacement)
                index += replacement.count
            } else {
                index += 1
            }
        }
        return result
    }

    @Test func namesThatDifferOnlyInCase() throws {
        let entries: [ArchiveWriter.Entry] = [
            .file("model/README.md", text: "# A\n"), .file("model/readme.md", text: "# B\n"),
            .file("model/Readme.MD", text: "# C\n"),
        ]
        for (suffix, report) in try inspect(entries, named: "names differing in case") {
            #expect(report.defects.filter { $0.kind == .caseCollision }.count == 2, "\(suffix)")
        }
    }
}
