import ArchiveIO
import BundleInspection
import BundleModel
import PolicyEngine

/// What `clearance check` is asked to do.
public struct CheckRequest: Sendable {
    /// The bundle to check.
    public var bundlePath: String
    /// `--facts FILE`, or the facts file a `.clearance.yml` names.
    public var factsFile: String?
    /// Facts written inline in a `.clearance.yml`, used when there is no `factsFile`.
    public var inlineFacts: FactSheet?
    /// `--policies DIR`; without it, the built-in packs.
    public var policiesDirectory: String?
    /// `--waivers FILE`, or the waivers file a `.clearance.yml` names.
    public var waiversFile: String?
    /// `--fail-on`.
    public var failOn: FailThreshold
    /// `--hash`.
    public var computeHashes: Bool
    /// Digest the bundle file even without `--hash`, as the checklist always does.
    public var hashBundleFile: Bool
    /// `--no-bundle-facts`: facts and waivers inside the bundle are reported, never used.
    public var ignoreBundleFacts: Bool
    /// `--exclude` and `exclude:` patterns, with where each comes from; the built-in rules and a
    /// `.clearanceignore` at the bundle root always apply.
    public var exclusions: [ExclusionRule]
    /// `--follow-links`.
    public var followLinks = false
    /// The `.clearance.yml` in force, if any: a finding says so when it lies inside the bundle.
    public var configFile: String?
    /// Told how far reading has come, for a progress display.
    public var progress: ReadProgress?

    /// The date waivers expire against (today, in UTC, unless a test fixes it).
    public var today: ISODate

    public init(
        bundlePath: String, factsFile: String? = nil, policiesDirectory: String? = nil, waiversFile: String? = nil,
        failOn: FailThreshold = .error, computeHashes: Bool = false, hashBundleFile: Bool = false,
        today: ISODate = .today
    ) {
        self.bundlePath = bundlePath
        self.factsFile = factsFile
        self.policiesDirectory = policiesDirectory
        self.waiversFile = waiversFile
        self.today = today
        self.failOn = failOn
        self.computeHashes = computeHashes
        self.hashBundleFile = hashBundleFile
        self.ignoreBundleFacts = false
        self.exclusions = []
    }

    /// Takes what `config` sets and the command line did not: facts, waivers and exclusions.
    public mutating func adopt(_ config: ProjectConfigLoader.Loaded) {
        configFile = config.file
        if factsFile == nil, inlineFacts == nil {
            factsFile = config.factsFile
            inlineFacts = config.facts
        }
        if waiversFile == nil { waiversFile = config.waiversFile }
        exclusions = (config.config.exclude ?? []).map { ExclusionRule(pattern: $0, origin: config.file) } + exclusions
    }
}

/// Everything a check produced: the report and what it was computed from.
public struct CheckResult: Sendable {
    public let report: Report
    public let manifest: Manifest
    public let lineage: Lineage
    public let facts: FactSheet
    public let policies: PolicySet
}
