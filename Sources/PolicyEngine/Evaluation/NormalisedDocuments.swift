import BundleModel

/// The documents' lines in their comparable form (`TextMatching.normalise`), made once per check
/// and shared by every rule that searches text: a 1 MB card is normalised once, not once per
/// statement, phrase and rule. A check is evaluated on one thread; this cache is not shared
/// between checks.
final class NormalisedDocuments {
    private var normalised: [String: (lines: [String], normalised: [String])] = [:]

    /// The lines of `document`, each `TextMatching.normalise`d. The same path may come with some
    /// lines blanked (`ManifestView.readableDocuments` blanks a card's front matter): those read
    /// as blank, the others share what the first form made.
    func lines(of document: TextDocument) -> [String] {
        if let known = normalised[document.path], known.lines.count == document.lines.count {
            let blanked = document.lines.indices.filter { document.lines[$0] != known.lines[$0] }
            if blanked.allSatisfy({ document.lines[$0].isEmpty }) {
                var lines = known.normalised
                for index in blanked { lines[index] = "" }
                return lines
            }
        }
        let lines = document.lines.map(TextMatching.normalise)
        normalised[document.path] = (document.lines, lines)
        return lines
    }
}
