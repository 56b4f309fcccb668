import BundleModel

/// Marks each of the 17 MOF components included, declared, missing or unknown, judges its
/// license, and works out the class the release reaches and what blocks the next, as the Model
/// Openness Tool does: classes are cumulative, a component counts when it is present under an
/// open license (a type mismatch is a warning, not a failure), and a research paper may stand in
/// for the technical report.
struct MOFAssessor {
    let manifest: Manifest
    /// The index of the manifest's artifacts.
    let index: ArtifactIndex
    let judge: ComponentLicenseJudge
    let facts: OpennessFacts?

    func assess() -> MOFProfile {
        let found = MOFComponentLocator(manifest: manifest, index: index).locate()
        let entries = [3, 2, 1].flatMap { mofClass in
            MOFComponent.allCases.filter { $0.mofClass == mofClass }.map { entry($0, found: found[$0]) }
        }
        return classify(entries)
    }

    private func entry(_ component: MOFComponent, found: MOFComponentLocator.Found?) -> MOFComponentEntry {
        let declared = facts?.components[component]
        if let found, !found.paths.isEmpty {
            let license = judge.license(of: component, paths: found.paths, declared: declared?.license)
            return MOFComponentEntry(
                component: component, status: .included, paths: found.paths,
                url: found.url ?? declared?.url, license: license, evidence: found.evidence)
        }
        if let declared {
            let license = judge.license(of: component, paths: [], declared: declared.license)
            return MOFComponentEntry(
                component: component, status: .declared, url: declared.url, license: license,
                evidence: [Evidence(path: "facts", excerpt: "openness.\(component.factKey).url: \(declared.url)")])
        }
        if facts?.unpublished?.contains(component) == true {
            return MOFComponentEntry(
                component: component, status: .missing,
                evidence: [Evidence(path: "facts", excerpt: "openness.unpublished: \(component.factKey)")])
        }
        if component == .trainingData, let card = manifest.card, !card.info.datasets.isEmpty {
            return cardDatasets(card)
        }
        if [.modelCard, .finalParameters].contains(component) {
            return MOFComponentEntry(component: component, status: .missing, decidedBy: "openness.\(component.factKey)")
        }
        return MOFComponentEntry(component: component, status: .unknown, decidedBy: "openness.\(component.factKey)")
    }

    /// Datasets the card names (`datasets:`): published, but under licenses the card does not give.
    private func cardDatasets(_ card: ReleaseCard) -> MOFComponentEntry {
        let names = card.info.datasets
        let url = names.count == 1 ? "https://huggingface.co/datasets/\(names[0])" : nil
        let license = ComponentLicense(ids: [], source: .none, judgement: .unknown, note: Message.datasetLicense)
        return MOFComponentEntry(
            component: .trainingData, status: .declared, url: url, license: license,
            evidence: [Evidence(path: card.path, excerpt: "datasets: \(names.joined(separator: ", "))")],
            decidedBy: "openness.trainingData")
    }

    private func classify(_ entries: [MOFComponentEntry]) -> MOFProfile {
        let counting = Set(entries.filter(\.counts).map(\.component))
        func satisfied(_ component: MOFComponent) -> Bool {
            counting.contains(component) || (component == .technicalReport && counting.contains(.researchPaper))
        }
        var reached: Int?
        var progress: [String: Int] = [:]
        var lowerMet = true
        for mofClass in [3, 2, 1] {
            let required = MOFComponent.allCases.filter { $0.isRequired && $0.mofClass >= mofClass }
            let met = required.filter(satisfied).count
            progress[String(mofClass)] = lowerMet ? met * 100 / required.count : 0
            lowerMet = lowerMet && met == required.count
            if lowerMet { reached = mofClass }
        }
        let next = reached.map { $0 > 1 ? $0 - 1 : nil } ?? 3
        let blocking =
            next.map { target in
                entries.filter {
                    $0.component.isRequired && $0.component.mofClass >= target && !satisfied($0.component)
                }
                .map(blocker)
            } ?? []
        let warnings = entries.filter {
            $0.license?.judgement == .openNotTypeAppropriate && [.included, .declared].contains($0.status)
        }
        .map { "\($0.name): \($0.license?.note ?? "")" }
        return MOFProfile(
            components: entries, mofClass: reached, label: MOFProfile.label(of: reached), progress: progress,
            nextClass: next, blocking: blocking, warnings: warnings)
    }

    private func blocker(_ entry: MOFComponentEntry) -> MOFBlocker {
        switch entry.status {
        case .missing:
            return MOFBlocker(component: entry.component, reason: Message.missing, decidedBy: entry.decidedBy)
        case .unknown:
            return MOFBlocker(component: entry.component, reason: Message.unknown, decidedBy: entry.decidedBy)
        case .included, .declared:
            let license = entry.license
            let decidedBy =
                license?.judgement == .unknown || license?.judgement == .unlicensed
                ? "openness.\(entry.component.factKey).license" : nil
            return MOFBlocker(component: entry.component, reason: Message.license(license), decidedBy: decidedBy)
        }
    }
}

// MARK: - Messages

extension MOFAssessor {
    fileprivate enum Message {
        static var datasetLicense: String {
            "named in the card, without their licenses"
        }

        static var missing: String { "missing" }

        static var unknown: String { "not in the bundle, and not declared in the facts" }

        static func license(_ license: ComponentLicense?) -> String {
            guard let license else { return "no license" }
            switch license.judgement {
            case .restricted: return "not under an open license: \(license.note)"
            case .unlicensed: return "no license covers it"
            case .unknown: return "its license is unknown: \(license.note)"
            case .open, .openNotTypeAppropriate: return license.note
            }
        }
    }
}
