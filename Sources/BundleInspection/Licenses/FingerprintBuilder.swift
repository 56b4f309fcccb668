import BundleModel

/// Derives the fingerprint of a canonical license text.
public enum FingerprintBuilder {
    /// The fingerprint of `lines`, or nil when they hold no words.
    ///
    /// - Parameters:
    ///   - name: unique name of the fingerprint, e.g. `llama3.1.agreement`.
    ///   - licenseID: the license id reports use (docs/report.md).
    ///   - document: which document of the license the text is.
    ///   - source: where the text was taken from, recorded for audits.
    public static func fingerprint(
        of lines: [String], name: String, licenseID: String, document: LicenseDocumentKind, source: String?
    ) -> LicenseFingerprint? {
        let text = TextNormalizer().normalize(lines)
        guard !text.sentences.isEmpty else { return nil }
        var tracker = SectionTracker()
        var sentences: [FingerprintSentence] = []
        for sentence in text.sentences {
            let words = text.words[sentence.range]
            for enumerator in sentence.enumerators { tracker.enter(enumerator) }
            if let heading = heading(words) { tracker.enterHeading(keyword: heading.keyword, number: heading.number) }
            sentences.append(
                FingerprintSentence(
                    hash: TextHash.sentence(words.map(\.hash)), words: words.count, section: tracker.label))
        }
        let header = LicenseHeader.find(in: lines[...], firstLineNumber: 1)
        return LicenseFingerprint(
            name: name, licenseID: licenseID, document: document, title: header.title?.text,
            versionLine: header.version?.text, source: source, sentences: sentences)
    }

    private static let headingKeywords: Set<String> = [
        "section", "article", "attachment", "appendix", "exhibit", "schedule", "part",
    ]

    /// `Section 2`, `Article IV`, `Attachment A` opening a short sentence.
    private static func heading(_ words: ArraySlice<NormalizedText.Word>) -> (keyword: String, number: String)? {
        guard (2...6).contains(words.count), let keyword = words.first?.text,
            headingKeywords.contains(keyword.lowercased())
        else { return nil }
        let number = words[words.startIndex + 1].text
        guard Enumerator.isNumber(number) || Enumerator.isRoman(number) || number.count == 1 else { return nil }
        return (keyword, number)
    }
}
