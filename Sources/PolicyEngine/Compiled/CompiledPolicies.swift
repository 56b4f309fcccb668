import BundleModel

/// The policies folder in the form the build compiles into the binary: every file checked by the
/// strict loader, then stored as JSON that decodes in a fraction of the time YAML takes, or, for the
/// parts every check reads (the general pack, the registry, the base-model table), as Swift values
/// that need no decoding at all.
///
/// No pack is decoded up front. A pack is held as its `PackEntry` (what finding a pack by
/// name or rule, identifying license texts and ordering findings need) and its JSON; `PolicySet`
/// decodes a pack the first time it is asked for, so start-up does not grow with the number of
/// packs. The generator (`Sources/PolicyCompiler`) writes one value of this type as Swift source.
public struct CompiledPolicies: Sendable {
    /// `registry.yml`, built by the generated source.
    public let registry: ModelRegistry
    /// `general.yml` with every rule's `examples` removed, built by the generated source.
    public let general: GeneralPack
    /// The general rules' examples as a JSON object keyed by rule id.
    public let generalExamples: String
    /// The license packs, sorted by license id.
    public let packs: [CompiledPack]
    /// `lineage/base-models.yml` (empty when the folder has none), built by the generated source.
    public let baseModels: BaseModelTable
    /// The data files by path relative to the policies folder, but the base-model table;
    /// fingerprints in their compiled form.
    public let dataFiles: [String: PolicyDataFile]

    /// Collects compiled parts; called by the generated source.
    public init(
        registry: ModelRegistry, general: GeneralPack, generalExamples: String, packs: [CompiledPack],
        baseModels: BaseModelTable, dataFiles: [String: PolicyDataFile]
    ) {
        self.registry = registry
        self.general = general
        self.generalExamples = generalExamples
        self.packs = packs
        self.baseModels = baseModels
        self.dataFiles = dataFiles
    }

    /// Each license pack's version row, sorted by license id, then the general pack's.
    public var versions: [PackVersion] {
        packs.map(\.entry).sorted { $0.id < $1.id }.map(PackVersion.init)
            + [PackVersion(general: general.version, ruleCount: general.rules.count)]
    }
}

/// One license pack, compiled: its index entry, its rules as JSON without their examples, and the
/// examples apart (only `policies explain` and the tests read them).
public struct CompiledPack: Sendable {
    /// What is known of the pack without decoding it.
    public let entry: PackEntry
    /// The pack as JSON, every rule's `examples` removed.
    public let json: String
    /// The rules' examples as a JSON object keyed by rule id.
    public let examples: String

    /// Collects compiled parts; called by the generated source.
    public init(entry: PackEntry, json: String, examples: String) {
        self.entry = entry
        self.json = json
        self.examples = examples
    }
}

/// A data file of the policies folder (any file but the packs, `general.yml` and `registry.yml`).
public enum PolicyDataFile: Sendable, Equatable {
    /// A JSON file's text, as read from a folder.
    case json(String)
    /// A YAML data file's text (`lineage/base-models.yml`), for the code that reads it to decode.
    case yaml(String)
    /// A license fingerprint the build checked and wrote as Swift values: the built-in catalog's
    /// thousands of sentences are neither decoded nor parsed at start-up.
    case compiledFingerprint(LicenseFingerprint)
}
