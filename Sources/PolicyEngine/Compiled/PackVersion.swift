/// One row of `clearance --version`: a pack, the version of the license it encodes, its schema
/// version and its number of rules, known without decoding the pack.
public struct PackVersion: Sendable, Equatable {
    /// The license id, or `general` for the general pack.
    public let id: String
    /// The release or effective date of the license version; nil for the general pack.
    public let licenseVersion: String?
    /// The pack's schema version.
    public let schemaVersion: Int
    /// How many rules the pack holds.
    public let ruleCount: Int

    /// A license pack's row, from its index entry.
    public init(_ entry: PackEntry) {
        id = entry.id
        licenseVersion = entry.licenseVersion
        schemaVersion = entry.schemaVersion
        ruleCount = entry.ruleIDs.count
    }

    /// The general pack's row.
    public init(general schemaVersion: Int, ruleCount: Int) {
        id = "general"
        licenseVersion = nil
        self.schemaVersion = schemaVersion
        self.ruleCount = ruleCount
    }
}
