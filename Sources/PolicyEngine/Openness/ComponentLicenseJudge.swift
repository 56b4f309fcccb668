import BundleModel

/// Resolves a MOF component's license in the Model Openness Tool's order — the component's own
/// license, else the release's license for its content type, else the release's distribution
/// license — and judges it against the component's type. Parameters also carry the licenses of
/// the weights they derive from: a fine-tune of Llama stays under Llama's terms whatever it declares.
struct ComponentLicenseJudge {
    let licenses: ReleaseLicenses
    let lineage: Lineage
    let facts: OpennessFacts?

    /// The license of a component found at `paths` (empty when declared), with the facts' license for it.
    func license(of component: MOFComponent, paths: [String], declared: String?) -> ComponentLicense {
        var (ids, source) = resolve(component, paths: paths, declared: declared)
        if [.finalParameters, .intermediateParameters].contains(component) {
            let upstream = lineage.upstreams.filter { $0.reach == .weights }.map(\.id)
            ids = (ids + upstream).uniqued
            if source == .none, !ids.isEmpty { source = .distribution }
        }
        let (judgement, note) = judge(ids, type: component.contentType)
        return ComponentLicense(ids: ids, source: source, judgement: judgement, note: note)
    }

    private func resolve(
        _ component: MOFComponent, paths: [String], declared: String?
    )
        -> ([String], ComponentLicense.Source)
    {
        let beside = paths.flatMap(licenseBeside).uniqued
        if !beside.isEmpty { return (beside, .component) }
        if let declared { return ([licenses.verdict(declared).id], .component) }
        if let typed = facts?.licenseByType?[component.contentType] {
            return ([licenses.verdict(typed).id], .contentType)
        }
        if !licenses.distribution.isEmpty { return (licenses.distribution, .distribution) }
        return ([], .none)
    }

    /// The licenses of agreement texts in the component's folder or a folder above it, short of
    /// the bundle root (whose license is the distribution license).
    private func licenseBeside(_ path: String) -> [String] {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        guard !folder.isEmpty else { return [] }
        return lineage.detected.filter { detected in
            guard detected.document == .agreement else { return false }
            let licenseFolder = detected.evidence.path.split(separator: "/").dropLast().joined(separator: "/")
            return !licenseFolder.isEmpty && (folder == licenseFolder || folder.hasPrefix(licenseFolder + "/"))
        }.map(\.id)
    }

    /// How `ids` fare for a component of `type`.
    func judge(_ ids: [String], type: MOFContentType) -> (ComponentLicense.Judgement, String) {
        guard !ids.isEmpty else { return (.unlicensed, Message.unlicensed) }
        let verdicts = ids.map(licenses.verdict)
        let closed = verdicts.filter { !$0.osd.isOpen && $0.osd != .unverified }
        if !closed.isEmpty { return (.restricted, Message.restricted(closed)) }
        let unknown = verdicts.filter { $0.osd == .unverified }
        if !unknown.isEmpty { return (.unknown, Message.unassessed(unknown.map(\.id))) }
        let misfits = verdicts.filter { !$0.typeAppropriate.contains(type) }
        if !misfits.isEmpty { return (.openNotTypeAppropriate, Message.notTypeAppropriate(misfits, type: type)) }
        return (.open, Message.open(ids, type: type))
    }
}

// MARK: - Messages

extension ComponentLicenseJudge {
    fileprivate enum Message {
        static var unlicensed: String { "no license covers it" }

        static func restricted(_ verdicts: [LicenseVerdict]) -> String {
            verdicts.map { verdict in
                let clause = verdict.clauses.first.map { " (\($0.section), \($0.criteria))" } ?? ""
                return "\(verdict.id) is \(verdict.osd.phrase)\(clause)"
            }.joined(separator: "; ")
        }

        static func unassessed(_ ids: [String]) -> String {
            "clearance has no openness assessment of \(ids.joinedAsList)"
        }

        static func notTypeAppropriate(_ verdicts: [LicenseVerdict], type: MOFContentType) -> String {
            verdicts.map { verdict in
                let suited =
                    verdict.typeAppropriate.isEmpty
                    ? "no MOF content type"
                    : verdict.typeAppropriate.map(\.rawValue).joinedAsList
                return "\(verdict.id) is open, but the MOT lists it for \(suited), not \(type.rawValue)"
            }.joined(separator: "; ")
        }

        static func open(_ ids: [String], type: MOFContentType) -> String {
            "\(ids.joinedAsList) is open and suits \(type.rawValue)"
        }
    }
}
