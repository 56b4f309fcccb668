import BundleModel

/// Integrity and security defects found while reading the bundle: one failure per defect.
struct DefectsCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let kinds = Set(context.check.defects ?? [])
        let defects = context.manifest.defects.filter { kinds.contains($0.kind) }
        guard !defects.isEmpty else {
            return [context.finding(.pass, "No \(context.rule.title.lowercased()) found.")]
        }
        return defects.map { defect in
            let location = defect.path.isEmpty ? "" : "\(defect.path): "
            return context.finding(.fail, "\(location)\(defect.message)", evidence: [Evidence(path: defect.path.isEmpty ? context.manifest.subject.path : defect.path, line: defect.line)])
        }
    }
}
