import BundleModel

/// A family template (`policies/templates/<name>.yml`): the obligations every license of a family
/// shares, written once. A pack builds on templates with `extends:` and adds only what its own
/// license says differently (see `PackFile`).
///
/// A template rule's `id` is a key (`license_copy`); a pack inherits it as `<prefix>_<key>`, the
/// prefix being the license id in snake_case (`cc_by_sa_4_0_license_copy`). Its text may name the
/// pack's values as placeholders: `${id}`, `${name}`, `${citation}`, `${url}`, `${spdx}` and any
/// the pack gives under `parameters:`. A placeholder the pack leaves unfilled (`${section}` is the
/// usual one: every license numbers its clauses its own way) is an error naming the pack and rule.
public struct PolicyTemplate: Codable, Sendable, Equatable {
    /// The schema version; only 1 exists.
    public var version: Int
    /// The template's name, which is its file name without `.yml`.
    public var name: String
    /// What the family asks of a derivative, in a sentence or two.
    public var summary: String
    /// Templates whose rules come first.
    public var extends: [String]?
    /// License traits every pack of the family has, unless the pack says otherwise.
    public var defaults: LicenseDefaults?
    /// The family's obligations, keyed by their `id`.
    public var rules: [PolicyRule]
}

/// The traits of `LicenseInfo` a template can give its packs.
public struct LicenseDefaults: Codable, Sendable, Equatable {
    public var permissive: Bool?
    public var nonCommercial: Bool?
    public var noAddedRestrictions: Bool?
}
