import BundleModel
import Testing

@testable import BundleInspection

/// `DocumentLookup` finds what looking the artifact's path up as a string finds, canonical
/// equivalence included, without making a string of every path.
@Suite struct DocumentLookupTests {
    private func documents(_ paths: [String]) -> [String: TextDocument] {
        Dictionary(uniqueKeysWithValues: paths.map { ($0, TextDocument(path: $0, lines: [$0], isTruncated: false)) })
    }

    @Test(arguments: [
        ["LICENSE", "docs/NOTICE"], ["LICENSE", "caf\u{E9}/NOTICE"], ["\u{212A}EY"], [],
    ])
    func findsWhatTheStringLookupFinds(keys: [String]) {
        let documents = documents(keys)
        let lookup = DocumentLookup(documents)
        let paths = ["LICENSE", "license", "docs/NOTICE", "cafe\u{301}/NOTICE", "caf\u{E9}/NOTICE", "KEY", "x"]
        for path in paths {
            let artifact = Artifact(path: path, kind: .other, format: .text, size: 0)
            let found = lookup.documents(of: [artifact])
            #expect(found.first?.document.lines == documents[path]?.lines, "\(path) in \(keys)")
            #expect(found.allSatisfy { $0.position == 0 })
        }
    }

    /// Among many paths and documents, every path finds its own document and no other.
    @Test(arguments: [1, 40, 1_000])
    func manyPathsFindTheirDocuments(documentCount: Int) {
        let keys = (0..<documentCount).map { "docs/\($0 * 7)/NOTICE.txt" }
        let documents = documents(keys)
        let lookup = DocumentLookup(documents)
        var builder = PathTable.Builder(expectedBytes: 0)
        let paths = (0..<(documentCount * 8)).map { "docs/\($0)/NOTICE.txt" }
        let slices = paths.map { builder.append($0) }
        let table = builder.finish()
        let artifacts = slices.map { Artifact(path: $0, in: table, kind: .other, format: .text, size: 0) }
        let found = lookup.documents(of: artifacts)
        #expect(found.map(\.position) == paths.indices.filter { documents[paths[$0]] != nil })
        #expect(found.allSatisfy { $0.document.path == paths[$0.position] })
    }
}
