import BundleModel

/// Every policy in force: the license packs, the general pack, the model registry, the base-model
/// fingerprints and the data files (license fingerprints), read from a folder (`--policies DIR`) or
/// from the compiled form the build embeds in the binary.
public struct PolicySet: Sendable {
    /// License packs by license id, decoded when first asked for.
    public let packs: PackLibrary
    /// The checks that belong to no license.
    public let general: GeneralPack
    /// Base-model repositories and their licenses.
    public let registry: ModelRegistry
    /// The published configurations of well-known bases, for lineage from evidence.
    public let baseModels: BaseModelTable
    /// Fingerprints and other data files, by path relative to the policies folder.
    public let dataFiles: [String: PolicyDataFile]
    /// Where the policies came from (`built-in` or a folder).
    public let origin: String

    /// The packs sorted by license id. Decodes every pack: for listings, not for checks.
    public var sortedPacks: [PolicyPack] { packs.ids.compactMap { packs[$0] } }

    /// Every rule with the pack it belongs to (nil for the general pack). Decodes every pack.
    public var allRules: [(pack: PolicyPack?, rule: PolicyRule)] {
        sortedPacks.flatMap { pack in pack.rules.map { (Optional(pack), $0) } } + general.rules.map { (nil, $0) }
    }

    /// The notice lines the packs require, by license, in license order, without decoding a pack.
    public var requiredNotices: [RequiredNotice] {
        packs.entries.flatMap { pack in pack.notices.map { RequiredNotice(licenseID: pack.id, text: $0) } }
    }

    /// The rule with this id and its pack.
    public func rule(_ id: String) -> (pack: PolicyPack?, rule: PolicyRule)? {
        guard let packID = packs.id(ofRule: id) else { return general.rules.first { $0.id == id }.map { (nil, $0) } }
        guard let pack = packs[packID], let rule = pack.rules.first(where: { $0.id == id }) else { return nil }
        return (pack, rule)
    }

    /// Where the rule comes in `allRules`, without decoding a pack.
    public func position(ofRule id: String) -> Int? {
        packs.position(ofRule: id) ?? general.rules.firstIndex { $0.id == id }.map { packs.ruleCount + $0 }
    }

    /// The pack for a license id, Hugging Face identifier or alias.
    public func pack(named value: String) -> PolicyPack? {
        packs.id(named: value).flatMap { packs[$0] }
    }

    /// The policies in a folder (`--policies DIR`).
    public static func load(directory: String) throws(PolicyError) -> PolicySet {
        try PolicyLoader.load(directory: directory)
    }

    /// The policies in their compiled form (the built-in ones). Rules carry their examples only
    /// when `includingExamples` is set (`policies explain` and the tests need them).
    ///
    /// - Throws: `PolicyError.invalidValue` when the general rules' examples do not decode.
    public init(compiled: CompiledPolicies, includingExamples: Bool = false) throws(PolicyError) {
        let general: GeneralPack
        do {
            general = try PolicyCompilation.general(compiled, includingExamples: includingExamples)
        } catch {
            throw .invalidValue(file: "policies", line: nil, reason: "the compiled policies do not decode: \(error)")
        }
        self.init(
            packs: PackLibrary(compiled: compiled.packs, includingExamples: includingExamples), general: general,
            registry: compiled.registry, baseModels: compiled.baseModels, dataFiles: compiled.dataFiles,
            origin: "built-in")
    }

    init(
        packs: [String: PolicyPack], general: GeneralPack, registry: ModelRegistry,
        baseModels: BaseModelTable = BaseModelTable(),
        dataFiles: [String: PolicyDataFile], origin: String
    ) {
        self.init(
            packs: PackLibrary(decoded: packs), general: general, registry: registry, baseModels: baseModels,
            dataFiles: dataFiles, origin: origin)
    }

    private init(
        packs: PackLibrary, general: GeneralPack, registry: ModelRegistry, baseModels: BaseModelTable,
        dataFiles: [String: PolicyDataFile], origin: String
    ) {
        self.packs = packs
        self.general = general
        self.registry = registry
        self.baseModels = baseModels
        self.dataFiles = dataFiles
        self.origin = origin
    }
}
