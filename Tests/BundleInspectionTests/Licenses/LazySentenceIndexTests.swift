import BundleModel
import Testing

@testable import BundleInspection

/// `LazySentenceIndex` makes the index `SentenceIndex` makes, once, whichever thread asks first.
@Suite struct LazySentenceIndexTests {
    @Test func makesTheCatalogsIndexOnceForEveryCaller() async {
        let fingerprints = SyntheticLicense.catalog.fingerprints
        let eager = SentenceIndex(fingerprints: fingerprints)
        let lazy = LazySentenceIndex(fingerprints: fingerprints)
        let lengths = await withTaskGroup(of: [Int].self) { group in
            for _ in 0..<8 { group.addTask { lazy.index.lengths } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(!eager.lengths.isEmpty)
        #expect(lengths == Array(repeating: eager.lengths, count: 8))
        let hash = fingerprints[0].sentences.first { $0.words > 0 }?.hash ?? 0
        #expect(lazy.index.entries(for: hash)?.count == eager.entries(for: hash)?.count)
    }
}
