import BundleModel

/// A "Notice" text file carries each of the license's required attribution lines, exactly, as
/// the inspector found them (`metadata.noticeLines`; one matcher, so the artifact and the finding
/// cannot disagree). The lines required are those of the license text the release ships when
/// that text has its own (`noticesByText`), else the pack's `notices`.
public struct NoticeLineCheck: Check {
    static let kind = CheckKind.noticeLine

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let id = context.licenseID, let pack = context.pack else { return [] }
        let notices = context.bundle.artifacts(.notice).filter { context.manifest.documents[$0.path] != nil }
        // Only a Notice file of the release reaches a recipient; one inside an archive is a question.
        let files = notices.filter { RecipientView.sees($0.path) }
        let hidden = notices.filter { !RecipientView.sees($0.path) }
        let found = files.flatMap { file in
            (file.metadata?.noticeLines ?? []).filter { $0.licenseID == id }.map { (file.path, $0) }
        }
        return Self.required(pack, context).map { notice in
            guard !files.isEmpty else {
                let inside = hidden.flatMap { file in
                    (file.metadata?.noticeLines ?? [])
                        .filter { $0.licenseID == id && $0.isExact && ($0.notice == nil || $0.notice == notice) }
                        .map { evidence(file.path, $0, context) }
                }
                guard inside.isEmpty else {
                    let paths = inside.map(\.path)
                    let what = "The required notice line"
                    return context.finding(
                        .needsReview, RecipientView.message(for: what, in: paths), evidence: inside,
                        question: RecipientView.question(for: what, in: paths))
                }
                return context.finding(.fail, Message.noNoticeFile(notice))
            }
            let this = found.filter { $0.1.notice == nil || $0.1.notice == notice }
            if let (path, exact) = this.first(where: { $0.1.isExact }) {
                return context.finding(.pass, Message.carried(path), evidence: [evidence(path, exact, context)])
            }
            let near = found.filter { !$0.1.isExact }.map { evidence($0.0, $0.1, context) }
            if let closest = near.first {
                return context.finding(.fail, Message.near(closest, notice), evidence: near)
            }
            let paths = files.map(\.path).joined(separator: ", ")
            return context.finding(
                .fail, Message.notCarried(paths, notice),
                evidence: files.map { Evidence(path: $0.path) })
        }
    }

    /// The required lines no Notice file carries exactly, each to be written as the pack gives it.
    func remedies(_ context: RuleContext) -> [Remedy] {
        guard let id = context.licenseID, let pack = context.pack else { return [] }
        let exact = context.bundle.artifacts(.notice).flatMap { file in
            (file.metadata?.noticeLines ?? []).filter { $0.licenseID == id && $0.isExact }
        }
        return Self.required(pack, context).filter { line in !exact.contains { $0.notice == nil || $0.notice == line } }
            .map { .noticeLine(licenseID: id, text: $0) }
    }

    /// The lines of the texts the release ships (the pack's own for a text without lines of its
    /// own), or the pack's when no text is identified.
    static func required(_ pack: PolicyPack, _ context: RuleContext) -> [String] {
        let byText = pack.noticesByText ?? []
        let shipped = LicenseTextVariants(context).identified
        guard !byText.isEmpty, shipped.contains(where: { name in byText.contains { $0.text == name } }) else {
            return pack.notices ?? []
        }
        var lines: [String] = []
        for name in shipped {
            let own = byText.first { $0.text == name }?.notices ?? pack.notices ?? []
            for line in own where !lines.contains(line) { lines.append(line) }
        }
        return lines
    }

    /// The match's first line, as the file has it.
    private func evidence(_ path: String, _ match: NoticeLineMatch, _ context: RuleContext) -> Evidence {
        let lines = context.manifest.documents[path]?.lines ?? []
        let excerpt = lines.indices.contains(match.line - 1) ? lines[match.line - 1] : match.text
        return Evidence(path: path, line: match.line, excerpt: excerpt)
    }
}

// MARK: - Messages

extension NoticeLineCheck {
    fileprivate enum Message {
        static func noNoticeFile(_ notice: String) -> String {
            "The release has no Notice file; it must carry the line “\(notice)”"
        }

        static func carried(_ path: String) -> String {
            "\(path) carries the required notice line."
        }

        static func near(_ closest: Evidence, _ notice: String) -> String {
            "\(closest.path):\(closest.line ?? 0) is not the required notice line; it must read exactly “\(notice)”"
        }

        static func notCarried(_ paths: String, _ notice: String) -> String {
            "\(paths) does not carry the required line “\(notice)”"
        }
    }
}
