import Foundation
import Testing

/// The command uses the library through one surface: it imports `Clearance` for every operation
/// and `BundleModel` for the plain values it prints, and no other module of the library; and
/// `Clearance` re-exports nothing (README, Layout).
@Suite struct FacadeImportTests {
    /// What the command may import: the façade, the plain values, the platform shim for its own
    /// I/O, and what is not part of the library.
    static let allowed: Set<String> = [
        "Clearance", "BundleModel", "Platform", "ArgumentParser", "Foundation", "Dispatch", "Synchronization",
    ]

    static let sources = ReleaseFixture.repositoryRoot.appendingPathComponent("Sources")

    @Test func theCommandImportsOnlyTheFacadeAndPlainValues() throws {
        let files = try Self.swiftFiles(in: Self.sources.appendingPathComponent("ClearanceCLI"))
        #expect(files.count > 10)
        var reached: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for module in Self.importedModules(text) where !Self.allowed.contains(module) {
                reached.append("\(file.lastPathComponent): import \(module)")
            }
        }
        #expect(reached == [], "the command reaches past Clearance; wrap what it needs in the façade")
    }

    @Test func theFacadeReexportsNothing() throws {
        let files = try Self.swiftFiles(in: Self.sources.appendingPathComponent("Clearance"))
        #expect(!files.isEmpty)
        let reexporting = try files.filter { try String(contentsOf: $0, encoding: .utf8).contains("@_exported") }
        #expect(reexporting.map(\.lastPathComponent) == [])
    }

    @Test func everyFormOfImportIsSeen() {
        let text = """
            import ArgumentParser
            @testable import ArchiveIO
            public import PolicyEngine
            internal import struct Reporting.TextTable
              import ReportCache // indented
            /// import NotCode
            let importance = 1
            """
        #expect(
            Self.importedModules(text) == ["ArgumentParser", "ArchiveIO", "PolicyEngine", "Reporting", "ReportCache"])
    }

    /// The module of each `import` declaration in `text`, in order.
    static func importedModules(_ text: String) -> [String] {
        let modifiers: Set<String> = ["public", "internal", "package", "fileprivate", "private"]
        let kinds: Set<String> = ["struct", "class", "enum", "protocol", "typealias", "func", "let", "var"]
        return text.split(separator: "\n").compactMap { line in
            var words = line.split(separator: " ").map(String.init)
            while let first = words.first, first.hasPrefix("@") || modifiers.contains(first) { words.removeFirst() }
            guard words.first == "import", words.count > 1 else { return nil }
            let path = kinds.contains(words[1]) && words.count > 2 ? words[2] : words[1]
            return path.split(separator: ".").first.map(String.init)
        }
    }

    private static func swiftFiles(in folder: URL) throws -> [URL] {
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        return names.filter { $0.hasSuffix(".swift") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
