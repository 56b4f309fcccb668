import BundleModel
import Synchronization

/// A catalog's `SentenceIndex`, made the first time a text is searched: most files a check reads
/// hold no license text, a release may hold none, and indexing every catalog sentence costs more
/// than reading a small release.
final class LazySentenceIndex: Sendable {
    private let fingerprints: [LicenseFingerprint]
    private let made = Mutex<SentenceIndex?>(nil)

    init(fingerprints: [LicenseFingerprint]) {
        self.fingerprints = fingerprints
    }

    /// The index, made once, at the first call (from any thread).
    var index: SentenceIndex {
        made.withLock { made in
            if let made { return made }
            let index = SentenceIndex(fingerprints: fingerprints)
            made = index
            return index
        }
    }
}
