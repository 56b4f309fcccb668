import BuiltinPolicies
import BundleModel

/// Every policy in force: the license packs, the general pack, the model registry and the raw
/// fingerprint files, loaded from the built-in copy or from `--policies DIR`.
public struct PolicySet: Sendable {
    /// License packs by license id.
    public let packs: [String: PolicyPack]
    /// The checks that belong to no license.
    public let general: GeneralPack
    /// Base-model repositories and their licenses.
    public let registry: ModelRegistry
    /// Fingerprint and other JSON data files, by path relative to the policies folder.
    public let dataFiles: [String: String]
    /// The built-in data files in their compiled form (fingerprint sentences as one table), when
    /// the policies are the built-in ones.
    public let compiledDataFiles: [String: String]
    /// Where the policies came from (`built-in` or a folder).
    public let origin: String

    /// The packs sorted by license id.
    public var sortedPacks: [PolicyPack] { packs.keys.sorted().compactMap { packs[$0] } }

    /// Every rule with the pack it belongs to (nil for the general pack).
    public var allRules: [(pack: PolicyPack?, rule: PolicyRule)] {
        sortedPacks.flatMap { pack in pack.rules.map { (Optional(pack), $0) } } + general.rules.map { (nil, $0) }
    }

    /// The notice lines the packs require, by license, in license order.
    public var requiredNotices: [RequiredNotice] {
        sortedPacks.flatMap { pack in
            (pack.notices ?? []).map { RequiredNotice(licenseID: pack.license.id, text: $0) }
        }
    }

    /// The rule with this id and its pack.
    public func rule(_ id: String) -> (pack: PolicyPack?, rule: PolicyRule)? {
        allRules.first { $0.rule.id == id }
    }

    /// The pack for a license id, Hugging Face identifier or alias.
    public func pack(named value: String) -> PolicyPack? {
        packs[value] ?? sortedPacks.first { $0.isNamed(value) }
    }

    /// The policies compiled into the binary, in their fast-loading form. Rules carry no
    /// examples unless `includingExamples` is set, which reads the YAML itself (slower).
    public static func builtin(includingExamples: Bool = false) throws(PolicyError) -> PolicySet {
        try PolicyLoader.load(files: BuiltinPolicyFiles.files, origin: "built-in", compiled: includingExamples ? nil : BuiltinPolicyFiles.compiled)
    }

    /// The policies in a folder (`--policies DIR`).
    public static func load(directory: String) throws(PolicyError) -> PolicySet {
        try PolicyLoader.load(directory: directory)
    }

    init(packs: [String: PolicyPack], general: GeneralPack, registry: ModelRegistry, dataFiles: [String: String], compiledDataFiles: [String: String] = [:], origin: String) {
        self.packs = packs
        self.general = general
        self.registry = registry
        self.dataFiles = dataFiles
        self.compiledDataFiles = compiledDataFiles
        self.origin = origin
    }
}
