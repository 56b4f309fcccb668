import BundleModel

/// Findings grouped by license: the given licenses first (even those without findings), then
/// any other license in report order, and the checks that belong to no license last.
public enum FindingGroups {
    /// The heading of the group of checks that belong to no license.
    public static let generalTitle = "Integrity, security and metadata"

    /// The findings of one license, or of no license.
    public struct Group: Sendable {
        public let license: String?
        public let findings: [Finding]
    }

    /// Groups `findings`, starting with one group per id of `licenses`.
    public static func of(_ findings: [Finding], licenses: [String] = []) -> [Group] {
        var order: [String] = licenses
        var byLicense: [String: [Finding]] = [:]
        var general: [Finding] = []
        for finding in findings {
            guard let license = finding.license else {
                general.append(finding)
                continue
            }
            if byLicense[license] == nil, !order.contains(license) { order.append(license) }
            byLicense[license, default: []].append(finding)
        }
        let groups = order.map { Group(license: $0, findings: byLicense[$0] ?? []) }
        return general.isEmpty ? groups : groups + [Group(license: nil, findings: general)]
    }
}
