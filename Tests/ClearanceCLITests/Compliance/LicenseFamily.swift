/// An upstream license, a compliant release of a derivative under it, and each of its obligations
/// that the release can violate on its own.
struct LicenseFamily: Sendable {
    /// The license id.
    let license: String
    /// What sets this family apart when a license appears twice (`Vision`).
    var variant: String?
    /// Built once, when the family list is first used.
    let compliant: Release
    let violations: [Violation]

    /// Every family the matrix covers.
    static let all: [LicenseFamily] = llama + alibaba + others + permissive + models + stability + standard

    /// Each family's compliant release, packed in the containers in turn.
    static let compliantCases: [ReleaseCase] = all.enumerated().map { index, family in
        ReleaseCase(
            name: family.name, release: family.compliant, failingRules: [], upstreams: [family.license],
            container: rotated(index))
    }

    /// Every violation of every family, packed in the containers in turn.
    static let violationCases: [ReleaseCase] = all.flatMap { family in family.violations.map { (family, $0) } }
        .enumerated().map { index, pair in
            let (family, violation) = pair
            var release = family.compliant
            violation.apply(&release)
            return ReleaseCase(
                name: "\(family.name): \(violation.obligation)", release: release, failingRules: violation.failingRules,
                container: rotated(index), failOn: violation.failOn)
        }

    var name: String { variant.map { "\(license) (\($0))" } ?? license }

    private static func rotated(_ index: Int) -> ReleaseContainer {
        ReleaseContainer.rotation[index % ReleaseContainer.rotation.count]
    }
}
