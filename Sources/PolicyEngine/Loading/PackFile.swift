/// A license pack as written in `policies/<id>.yml`: either every rule written out, or built on
/// family templates (`extends:`) with the differences of its own license (`adjust:`, `rules:`).
struct PackFile: Codable {
    var version: Int
    /// Templates whose rules the pack inherits, in order.
    var extends: [String]?
    /// Values for the templates' placeholders beyond the license's own (`${id}`, `${citation}`, …).
    var parameters: [String: String]?
    /// Changes to inherited rules, by template rule key.
    var adjust: [String: RulePatch]?
    var license: LicenseInfo
    var identification: Identification?
    var notices: [String]?
    var noticesByText: [TextNotices]?
    /// The pack's own rules, after the inherited ones.
    var rules: [PolicyRule]?
    /// How open the license is (the OSD, OSAID and MOF verdicts); never inherited from a template.
    var openness: LicenseOpenness?

    /// The pack as written, for a file that builds on no template.
    var standalone: PolicyPack {
        PolicyPack(
            version: version, license: license, identification: identification, notices: notices,
            noticesByText: noticesByText, rules: rules ?? [], openness: openness, templates: nil)
    }
}
