import BundleModel

/// Plans the edits of the release's card: its front-matter keys (license, base models, relation),
/// then the lines of its "License" section. A release without a card gets `README.md`.
struct CardPlanner {
    let manifest: Manifest
    let groups: RemedyGroups

    func plan(in work: inout PlanWork) {
        let statements = work.statements
        let rules =
            groups.licenses.flatMap(\.rules) + (groups.baseModels?.rules ?? []) + (groups.relation?.rules ?? [])
            + statements.flatMap(\.rules)
        guard !rules.isEmpty else { return }
        let path = manifest.card?.path ?? "README.md"
        let text: String
        do throws(Drafts.Refusal) {
            let bytes = try work.drafts.content(path) ?? []
            guard let decoded = String(validating: bytes, as: UTF8.self) else {
                return work.toDo(Message.byHand(path, "it is not UTF-8 text"), rules)
            }
            text = decoded
        } catch {
            guard case .untouchable(let reason) = error else { return }
            return work.toDo(Message.byHand(path, reason), rules)
        }
        guard !path.contains("/"), var editor = try? FrontMatterEditor(TextLines(text)),
            manifest.card != nil || editor.bodyStart == 0
        else {
            return work.toDo(Message.byHand(path, "its front matter cannot be edited (fix the YAML first)"), rules)
        }
        var edits = planLicense(&editor) + planLineage(&editor)
        var section = LicenseSectionEditor(editor.document, bodyStart: editor.bodyStart)
        section.add(statements.map(\.value))
        edits += statements.map { FixEdit(summary: Message.statement($0.value), rules: $0.rules) }
        work.drafts.update(path, to: Array(section.document.text.utf8), by: edits)
    }

    /// `license` (and `license_name`, `license_link` with `other`), the relabelling values removed.
    private func planLicense(_ editor: inout FrontMatterEditor) -> [FixEdit] {
        let info = manifest.card?.info
        let current = info?.license ?? []
        var values = current
        var replaced: [String] = []
        for item in groups.licenses {
            let removed = Set(item.value.replacing.map { $0.lowercased() })
            replaced += values.filter { removed.contains($0.lowercased()) }
            values.removeAll { removed.contains($0.lowercased()) }
            if !values.contains(where: { $0.lowercased() == item.value.value.lowercased() }) {
                values.append(item.value.value)
            }
        }
        var edits: [FixEdit] = []
        let rules = groups.licenses.flatMap(\.rules)
        if values != current {
            let ids = groups.licenses.map(\.value.licenseID).joined(separator: ", ")
            editor.set("license", to: YAMLValue(values), note: replaced.isEmpty ? nil : Message.relabelled(ids))
            edits.append(FixEdit(summary: Message.license(values, replaced: replaced), rules: rules))
        }
        guard let other = groups.licenses.first(where: { $0.value.value == "other" }) else { return edits }
        if info?.licenseName == nil, let name = other.value.name {
            editor.set("license_name", to: .scalar(name), after: ["license"])
            edits.append(FixEdit(summary: "license_name: \(name)", rules: other.rules))
        }
        if info?.licenseLink == nil, let link = other.value.link {
            editor.set("license_link", to: .scalar(link), after: ["license_name", "license"])
            edits.append(FixEdit(summary: "license_link: \(link)", rules: other.rules))
        }
        return edits
    }

    /// `base_model` and `base_model_relation`.
    private func planLineage(_ editor: inout FrontMatterEditor) -> [FixEdit] {
        let info = manifest.card?.info
        var edits: [FixEdit] = []
        if let bases = groups.baseModels, (info?.baseModels ?? []).isEmpty {
            editor.set(
                "base_model", to: YAMLValue(bases.value.models), after: ["license_link", "license_name", "license"])
            edits.append(
                FixEdit(summary: "base_model: \(bases.value.models.joined(separator: ", "))", rules: bases.rules))
            if let relation = bases.value.relation, info?.baseModelRelation == nil {
                editor.set("base_model_relation", to: .scalar(relation), after: ["base_model"])
                edits.append(FixEdit(summary: "base_model_relation: \(relation)", rules: bases.rules))
            }
        }
        if let relation = groups.relation {
            editor.set(
                "base_model_relation", to: .scalar(relation.value), note: Message.relationShown(relation.value),
                after: ["base_model"])
            let old = info?.baseModelRelation.map { " (was \($0))" } ?? ""
            edits.append(FixEdit(summary: "base_model_relation: \(relation.value)\(old)", rules: relation.rules))
        }
        return edits
    }
}

// MARK: - Messages

extension CardPlanner {
    enum Message {
        static func byHand(_ path: String, _ reason: String) -> String {
            "Edit the card \(path) by hand (\(reason)): the license metadata and lines the rules ask for."
        }

        static func relabelled(_ ids: String) -> String {
            "clearance fix: replaced, since \(ids) binds this release and cannot be relabelled; it said:"
        }

        static func license(_ values: [String], replaced: [String]) -> String {
            let was = replaced.isEmpty ? "" : " (was \(replaced.joined(separator: ", ")), kept as a comment)"
            return "license: \(values.joined(separator: ", "))\(was)"
        }

        static func relationShown(_ relation: String) -> String {
            "clearance fix: replaced, since the files show a \(relation); it said:"
        }

        static func statement(_ text: String) -> String {
            "License section: “\(text)”"
        }
    }
}
