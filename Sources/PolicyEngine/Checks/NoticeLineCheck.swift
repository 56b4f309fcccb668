import BundleModel

/// A "Notice" text file carries each of the license's required attribution lines, exactly.
struct NoticeLineCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let required = context.pack?.notices ?? []
        let documents = context.bundle.noticeDocuments.filter { RecipientView.sees($0.path) }
        let hidden = context.bundle.noticeDocuments.filter { !RecipientView.sees($0.path) }
        return required.map { notice in
            let wanted = TextMatching.normalise(notice)
            guard !documents.isEmpty else {
                let inside = hidden.compactMap { document in
                    NoticeSearch.exactLine(wanted, in: document.lines).map { Evidence(path: document.path, line: $0, excerpt: document.lines[$0 - 1]) }
                }
                if !inside.isEmpty {
                    let paths = inside.map(\.path)
                    let what = "The required notice line"
                    return context.finding(.needsReview, RecipientView.message(for: what, in: paths), evidence: inside,
                                           question: RecipientView.question(for: what, in: paths))
                }
                return context.finding(.fail, "The release has no Notice file; it must carry the line “\(notice)”")
            }
            for document in documents {
                if let line = NoticeSearch.exactLine(wanted, in: document.lines) {
                    return context.finding(.pass, "\(document.path) carries the required notice line.", evidence: [Evidence(path: document.path, line: line, excerpt: document.lines[line - 1])])
                }
            }
            let near = documents.flatMap { document in
                NoticeSearch.nearLines(to: wanted, in: document.lines).map { Evidence(path: document.path, line: $0, excerpt: document.lines[$0 - 1]) }
            }
            if let closest = near.first {
                return context.finding(.fail, "\(closest.path):\(closest.line ?? 0) is not the required notice line; it must read exactly “\(notice)”", evidence: near)
            }
            let paths = documents.map(\.path).joined(separator: ", ")
            return context.finding(.fail, "\(paths) does not carry the required line “\(notice)”", evidence: documents.map { Evidence(path: $0.path) })
        }
    }
}

/// Finds notice lines in a file, also when a line was wrapped in two.
enum NoticeSearch {
    static func exactLine(_ wanted: String, in lines: [String]) -> Int? {
        for index in lines.indices {
            if TextMatching.normalise(lines[index]) == wanted { return index + 1 }
            if index + 1 < lines.count, TextMatching.normalise(lines[index] + " " + lines[index + 1]) == wanted { return index + 1 }
        }
        return nil
    }

    /// Lines that look like an attempt at the notice (same opening words, or mostly the same words).
    static func nearLines(to wanted: String, in lines: [String]) -> [Int] {
        let wantedWords = Set(wanted.split(separator: " "))
        return lines.indices.filter { index in
            let words = Set(TextMatching.normalise(lines[index]).split(separator: " "))
            guard !words.isEmpty else { return false }
            let shared = Double(words.intersection(wantedWords).count) / Double(wantedWords.count)
            return shared >= 0.6
        }.map { $0 + 1 }
    }
}
