import BundleModel
import PolicyEngine

/// Turns the remedies of a check into a plan for its release folder: the new content of each file
/// fix writes (license texts, the Notice file, the card), and to-dos for what it cannot write.
/// It reads the folder and writes nothing.
public struct FixPlanner {
    let folder: ReleaseFolder
    let manifest: Manifest
    /// Every notice line the packs require, for the notice matcher.
    let notices: [RequiredNotice]
    let licenseFolder: LicenseFolder?

    /// A planner for the release folder `root`, as `manifest` describes it.
    public init(root: String, manifest: Manifest, catalog: LicenseCatalog, licenseFolder: LicenseFolder?) {
        self.folder = ReleaseFolder(root: root)
        self.manifest = manifest
        self.notices = catalog.notices
        self.licenseFolder = licenseFolder
    }

    /// The plan that writes `remedies`.
    ///
    /// - Throws: `RemediationError.licenseTextNotCanonical` when a text of `--license-dir` that
    ///   the plan needs is not the canonical document.
    public func plan(_ remedies: [RuleRemedy]) throws(RemediationError) -> FixPlan {
        let groups = RemedyGroups(remedies)
        var work = PlanWork(drafts: Drafts(folder: folder), statements: groups.statements)
        for document in groups.documents {
            try plan(document.value.remedy, replacing: document.value.replacing, rules: document.rules, in: &work)
        }
        for notice in groups.notices { plan(notice, in: &work) }
        CardPlanner(manifest: manifest, groups: groups).plan(in: &work)
        for suggestion in groups.suggestions { work.toDo(suggestion.value, suggestion.rules) }
        return FixPlan(root: folder.root, changes: work.drafts.changes, toDos: work.toDos)
    }

    /// A license document: its canonical text from `--license-dir`, in place of the copies it
    /// replaces or in a new file; else a link in the card where one carries it; else a to-do.
    private func plan(
        _ remedy: LicenseDocumentRemedy, replacing: [String], rules: [String],
        in work: inout PlanWork
    ) throws(RemediationError) {
        let name = Self.name(of: remedy)
        if let text = try licenseFolder?.text(remedy.licenseID, remedy.document) {
            let targets = replacing.isEmpty ? [newFile(for: remedy, in: &work)].compactMap { $0 } : replacing
            guard !targets.isEmpty else {
                return work.toDo(Message.noFreeName(name), rules)
            }
            for target in targets {
                do throws(Drafts.Refusal) {
                    let before = try work.drafts.content(target)
                    let summary = before == nil ? Message.copied(name) : Message.replaced(name)
                    work.drafts.update(target, to: text, by: FixEdit(summary: summary, rules: rules))
                } catch {
                    work.toDo(Message.refused(target, error, "add \(name)"), rules)
                }
            }
            return
        }
        if let link = remedy.links.first {
            let address = link.contains("://") ? link : "https://\(link)"
            return work.statements.append(.init(value: Message.subjectTo(name, address), rules: rules))
        }
        let file = licenseFolder.map { $0.file(remedy.licenseID, remedy.document) }
        work.toDo(Message.copyByHand(name, url: remedy.url, missing: file), rules)
    }

    /// `LICENSE` (`USE_POLICY.md`), or `LICENSE-<id>` (`USE_POLICY-<id>.md`) when that is taken;
    /// nil when both are.
    private func newFile(for remedy: LicenseDocumentRemedy, in work: inout PlanWork) -> String? {
        let names =
            remedy.document == .agreement
            ? ["LICENSE", "LICENSE-\(remedy.licenseID)"] : ["USE_POLICY.md", "USE_POLICY-\(remedy.licenseID).md"]
        let shipped = Set(manifest.artifacts.map { $0.path.lowercased() })
        return names.first { !shipped.contains($0.lowercased()) && !work.drafts.isTaken($0) }
    }

    /// A notice line, in the release's root Notice file (`NOTICE` unless it has another).
    private func plan(_ notice: RemedyGroups.Item<RequiredNotice>, in work: inout PlanWork) {
        let rootNotices = manifest.artifacts.filter { $0.kind == .notice && !$0.path.contains("/") }.map(\.path)
        let path = rootNotices.first { $0 == "NOTICE" } ?? rootNotices.sorted().first ?? "NOTICE"
        do throws(Drafts.Refusal) {
            let bytes = try work.drafts.content(path) ?? []
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return work.toDo(Message.notText(path, "add the line “\(notice.value.text)”"), notice.rules)
            }
            var editor = NoticeEditor(TextLines(text), catalog: notices)
            guard editor.add(notice.value) else { return }
            let summary = Message.noticeLine(notice.value)
            work.drafts.update(
                path, to: Array(editor.document.text.utf8), by: FixEdit(summary: summary, rules: notice.rules))
        } catch {
            work.toDo(Message.refused(path, error, "add the line “\(notice.value.text)”"), notice.rules)
        }
    }

    private static func name(of remedy: LicenseDocumentRemedy) -> String {
        remedy.document == .agreement ? "the \(remedy.licenseName)" : "the use policy of the \(remedy.licenseName)"
    }
}

/// What a plan has so far: the drafts, the lines for the card's License section, the to-dos.
struct PlanWork {
    var drafts: Drafts
    var statements: [RemedyGroups.Item<String>]
    var toDos: [FixToDo] = []

    mutating func toDo(_ summary: String, _ rules: [String]) {
        toDos.append(FixToDo(summary: summary, rules: rules))
    }
}

// MARK: - Messages

extension FixPlanner {
    enum Message {
        static func copied(_ name: String) -> String {
            "adds \(name), its canonical text from --license-dir"
        }

        static func replaced(_ name: String) -> String {
            "replaces the copy with \(name), its canonical text from --license-dir"
        }

        static func noFreeName(_ name: String) -> String {
            "Add \(name) to the release: the file names fix would use are taken."
        }

        static func subjectTo(_ name: String, _ address: String) -> String {
            "Use of this model is subject to \(name): \(address)"
        }

        static func copyByHand(_ name: String, url: String, missing file: String?) -> String {
            let how = file.map { "\($0) is not there" } ?? "give --license-dir to have it copied"
            return "Add \(name), unedited, from \(url) (\(how))."
        }

        static func noticeLine(_ notice: RequiredNotice) -> String {
            "adds the \(notice.licenseID) notice line “\(notice.text)”"
        }

        static func notText(_ path: String, _ what: String) -> String {
            "\(path) is not UTF-8 text: \(what) by hand."
        }

        static func refused(_ path: String, _ refusal: Drafts.Refusal, _ what: String) -> String {
            switch refusal {
            case .untouchable(let reason): "\(path) is not written because \(reason): \(what) by hand."
            }
        }
    }
}
