/// What a pack says about itself that is needed before, or without, decoding its rules: its versions,
/// the names it answers to, its rule ids in order, its notice lines and how its texts are recognised.
public struct PackEntry: Sendable, Equatable {
    /// The license id (`llama3.1`).
    public let id: String
    /// The release or effective date of the license version the pack encodes (`license.version`).
    public let licenseVersion: String
    /// The pack's schema version (`version`).
    public let schemaVersion: Int
    /// Every name of the license (id, Hugging Face identifiers, aliases, SPDX id), normalised
    /// as `PolicyPack.isNamed` compares them.
    public let nameKeys: [String]
    /// The rule ids, in pack order.
    public let ruleIDs: [String]
    /// The exact lines a Notice file must carry, those of each text of the license included
    /// (`PolicyPack.allNotices`): the inspector looks for all of them.
    public let notices: [String]
    /// Fingerprint files, relative to the policies folder.
    public let fingerprints: [String]
    /// Title lines that identify the license's text.
    public let titles: [String]
    /// Version lines that, with a title, identify the license's text where no fingerprint does.
    public let versionLines: [String]

    /// Collects the entry's parts; called by the generated source.
    public init(
        id: String, licenseVersion: String, schemaVersion: Int, nameKeys: [String], ruleIDs: [String],
        notices: [String], fingerprints: [String], titles: [String], versionLines: [String]
    ) {
        self.id = id
        self.licenseVersion = licenseVersion
        self.schemaVersion = schemaVersion
        self.nameKeys = nameKeys
        self.ruleIDs = ruleIDs
        self.notices = notices
        self.fingerprints = fingerprints
        self.titles = titles
        self.versionLines = versionLines
    }

    /// The entry of a decoded pack.
    init(_ pack: PolicyPack) {
        self.init(
            id: pack.license.id,
            licenseVersion: pack.license.version,
            schemaVersion: pack.version,
            nameKeys: pack.nameKeys,
            ruleIDs: pack.rules.map(\.id),
            notices: pack.allNotices,
            fingerprints: pack.identification?.fingerprints ?? [],
            titles: pack.identification?.titles ?? [],
            versionLines: pack.identification?.versionLines ?? []
        )
    }
}
