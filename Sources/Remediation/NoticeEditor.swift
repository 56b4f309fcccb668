import BundleInspection
import BundleModel

/// Adds required notice lines to a Notice file, exactly as the packs give them, through the
/// inspector's one notice matcher: a line the file already carries in another spelling (`(c)` for
/// `©`, other quotes, wrapped) is not added again, and a line that nearly is the notice (a wrong
/// version, edited words) is replaced by it where it stands.
struct NoticeEditor {
    private(set) var document: TextLines
    /// Every notice the packs require, so that a line exactly another license's notice is never
    /// taken for a near miss of this one.
    let catalog: [RequiredNotice]

    init(_ document: TextLines, catalog: [RequiredNotice]) {
        self.document = document
        self.catalog = catalog
    }

    /// Writes `notice` into the file unless it carries it; returns whether the file changed.
    mutating func add(_ notice: RequiredNotice) -> Bool {
        let text = TextDocument(path: "NOTICE", lines: document.lines.map(\.text))
        if NoticeLineFinder(notices: [notice]).find(in: text).contains(where: \.isExact) { return false }
        let near = NoticeLineFinder(notices: catalog + [notice]).find(in: text).first { match in
            match.licenseID == notice.licenseID && !match.isExact
                && document.lines.indices.contains(match.line - 1)
                && document.lines[match.line - 1].text.trimmingSpaces == match.text
        }
        if let near {
            document.lines[near.line - 1].text = notice.text
        } else {
            document.closeLastLine()
            document.lines.append(contentsOf: document.made([notice.text]))
        }
        return true
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
