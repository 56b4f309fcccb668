import BundleModel

/// The `licenses` of the report: what binds the release, what it claims, what it ships.
enum LicenseReferences {
    static func of(_ lineage: Lineage) -> [LicenseReference] {
        var references = lineage.upstreams.map { LicenseReference(id: $0.id, role: .upstream, evidence: $0.evidence) }
        references += merged(lineage.declared.compactMap { declared in declared.id.map { ($0, declared.evidence) } }, role: .declared)
        references += merged(lineage.detected.map { ($0.id, $0.evidence) }, role: .detected)
        return references
    }

    private static func merged(_ pairs: [(String, Evidence)], role: LicenseRole) -> [LicenseReference] {
        var byID: [String: [Evidence]] = [:]
        for (id, evidence) in pairs where !(byID[id]?.contains(evidence) ?? false) { byID[id, default: []].append(evidence) }
        return byID.keys.sorted().map { LicenseReference(id: $0, role: role, evidence: byID[$0] ?? []) }
    }
}
