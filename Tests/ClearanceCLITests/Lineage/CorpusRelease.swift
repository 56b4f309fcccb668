import Foundation
import Yams

/// One release of `Tests/LineageCorpus/` (schema in its README): the files to build and what the
/// check must find.
struct CorpusRelease {
    let name: String
    let kind: String
    let family: String
    let repo: String
    let files: [(path: String, spec: [String: Any])]
    let expectedUpstream: Set<String>
    let verdictAtLeast: String?
    let candidates: Set<String>?
    let lineageSources: [String]

    static let folder = ReleaseFixture.testsFolder.appendingPathComponent("LineageCorpus")

    /// Every release of the corpus, by file name.
    static func all() throws -> [CorpusRelease] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }
            .sorted()
        return try names.map { try CorpusRelease(file: folder.appendingPathComponent($0)) }
    }

    init(file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any], let expected = root["expected"] as? [String: Any],
            let files = root["files"] as? [String: Any], let makeup = root["makeup"] as? [String: Any]
        else {
            throw CorpusError.malformed(file.lastPathComponent)
        }
        name = file.deletingPathExtension().lastPathComponent
        kind = root["kind"] as? String ?? "?"
        family = root["family"] as? String ?? "?"
        repo = root["repo"] as? String ?? name
        self.files = files.keys.sorted().map { ($0, files[$0] as? [String: Any] ?? [:]) }
        let upstream = expected["upstream"] as? [[String: Any]] ?? []
        expectedUpstream = Set(upstream.compactMap { $0["license"] as? String })
        verdictAtLeast = expected["verdictAtLeast"] as? String
        candidates = (expected["candidates"] as? [String]).map(Set.init)
        lineageSources = makeup["lineageSources"] as? [String] ?? []
    }

    /// Whether the release's lineage shows up in its files, prose or config.
    var lineageIsVisible: Bool { lineageSources != ["none"] && !(expectedUpstream.isEmpty && candidates == nil) }

    /// The folder the release is built in: its repository's name, as a clone would be.
    var folderName: String { repo.split(separator: "/").last.map(String.init) ?? name }

    enum CorpusError: Error {
        case malformed(String)
        case unknownSpec(String)
    }
}
