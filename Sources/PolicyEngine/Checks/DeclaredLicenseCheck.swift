import BundleModel

/// The release declares the upstream license in its metadata, instead of relabelling it.
struct DeclaredLicenseCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let id = context.licenseID else { return [] }
        let declared = context.lineage.declared
        guard !declared.isEmpty else {
            return [context.finding(.fail, "The release declares no license (no model card license, no GGUF general.license); it must declare \(id).")]
        }
        let matching = declared.filter { $0.id == id }
        // A merge declares the license of each parent; another parent's license is no relabelling.
        let parentLicenses = Set(context.lineage.upstreams.filter { !$0.models.isEmpty }.map(\.id))
        let others = declared.filter { $0.id != id && !($0.id.map(parentLicenses.contains) ?? false) }
        if !matching.isEmpty, others.isEmpty {
            return [context.finding(.pass, "The release declares \(id).", evidence: matching.map(\.evidence))]
        }
        if matching.isEmpty, others.isEmpty {
            // Only the license of another parent is declared (a merge, or a base that already stacks two licenses).
            let values = Set(declared.map(\.value)).sorted().joined(separator: ", ")
            return [context.finding(.needsReview, "The release declares \(values), the license of another model it derives from, but not \(id), which binds it too.", evidence: declared.map(\.evidence),
                                    question: "Should the release declare \(id) next to \(values), since both govern the work it derives from?")]
        }
        let otherValues = Set(others.map(\.value)).sorted().joined(separator: ", ")
        if !matching.isEmpty {
            return [context.finding(.needsReview, "The release declares \(id) and also \(otherValues).", evidence: declared.map(\.evidence),
                                    question: "Is it right that the release declares \(otherValues) besides \(id), which binds it?")]
        }
        if context.pack?.license.permissive == true || others.contains(where: { $0.id == nil }) {
            return [context.finding(.needsReview, "The release declares \(otherValues), not \(id), which binds it.", evidence: others.map(\.evidence),
                                    question: "May the release be offered under \(otherValues) while \(id) governs the work it derives from?")]
        }
        return [context.finding(.fail, "The release declares \(otherValues), but it derives from work under \(id): the upstream license cannot be replaced.", evidence: others.map(\.evidence))]
    }
}
