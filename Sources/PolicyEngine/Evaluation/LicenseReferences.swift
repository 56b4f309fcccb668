import BundleModel

/// The `licenses` of the report: what binds the release, what the evidence points at without
/// deciding, what it claims, what it ships.
enum LicenseReferences {
    static func of(_ lineage: Lineage) -> [LicenseReference] {
        var references = lineage.upstreams.map {
            LicenseReference(
                id: $0.id, role: .upstream, evidence: $0.evidence, lineage: $0.lineage.isEmpty ? nil : $0.lineage)
        }
        var candidates: [String: [LineageLink]] = [:]
        for candidate in lineage.questions.flatMap(\.candidates) {
            for license in candidate.licenses where !candidates[license, default: []].contains(candidate.link) {
                candidates[license, default: []].append(candidate.link)
            }
        }
        references += candidates.keys.sorted().map { id in
            let links = candidates[id] ?? []
            var evidence: [Evidence] = []
            for item in links.flatMap(\.evidence) where !evidence.contains(item) { evidence.append(item) }
            return LicenseReference(id: id, role: .candidate, evidence: evidence, lineage: links)
        }
        references += merged(
            lineage.declared.compactMap { declared in declared.id.map { ($0, declared.evidence) } }, role: .declared)
        references += merged(lineage.detected.map { ($0.id, $0.evidence) }, role: .detected)
        return references
    }

    private static func merged(_ pairs: [(String, Evidence)], role: LicenseRole) -> [LicenseReference] {
        var byID: [String: [Evidence]] = [:]
        for (id, evidence) in pairs where !(byID[id]?.contains(evidence) ?? false) {
            byID[id, default: []].append(evidence)
        }
        return byID.keys.sorted().map { LicenseReference(id: $0, role: role, evidence: byID[$0] ?? []) }
    }
}
