import BundleModel

/// A fingerprint's title and version phrases as words, to find them in a document: the title
/// opening a line, the version line anywhere in a line, exactly or with other numbers and months.
struct HeaderPhrases: Sendable {
    let title: [UInt64]
    let version: [UInt64]
    let versionShape: [String]

    init(_ fingerprint: LicenseFingerprint) {
        let titleWords = fingerprint.title.map { TextNormalizer().normalize([$0]).words } ?? []
        let versionWords = fingerprint.versionLine.map { TextNormalizer().normalize([$0]).words } ?? []
        title = titleWords.map(\.hash)
        version = versionWords.map(\.hash)
        versionShape = versionWords.map { Self.shape($0.text) }
    }

    /// Whether `words` begin with the title.
    func opensWithTitle(_ words: ArraySlice<NormalizedText.Word>) -> Bool {
        !title.isEmpty && words.count >= title.count && zip(words, title).allSatisfy { $0.hash == $1 }
    }

    /// Whether `words` (a line at most eight words longer than the phrase) hold the version
    /// phrase: `.exact`, `.sameShape` (other digits or month), or nil.
    func versionMatch(_ words: ArraySlice<NormalizedText.Word>) -> VersionMatch? {
        guard !version.isEmpty, (version.count...(version.count + 8)).contains(words.count) else { return nil }
        let hashes = words.map(\.hash)
        if contains(hashes, version) { return .exact }
        return contains(words.map { Self.shape($0.text) }, versionShape) ? .sameShape : nil
    }

    enum VersionMatch {
        case exact
        case sameShape
    }

    private func contains<Element: Equatable>(_ haystack: [Element], _ needle: [Element]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// A word with its digits and month names abstracted away.
    private static func shape(_ word: String) -> String {
        if word.contains(where: \.isNumber) { return "#" }
        let lower = word.lowercased()
        return LicenseHeader.monthNames.contains(lower) ? "<month>" : lower
    }
}
