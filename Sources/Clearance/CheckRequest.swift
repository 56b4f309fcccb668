import BundleInspection
import PolicyEngine

/// What `clearance check` is asked to do.
public struct CheckRequest: Sendable {
    /// The bundle to check.
    public var bundlePath: String
    /// `--facts FILE`; without it, `clearance.yml` at the bundle root is used if present.
    public var factsFile: String?
    /// `--policies DIR`; without it, the built-in packs.
    public var policiesDirectory: String?
    /// `--waivers FILE`.
    public var waiversFile: String?
    /// `--fail-on`.
    public var failOn: FailThreshold
    /// `--hash`.
    public var computeHashes: Bool
    /// Digest the bundle file even without `--hash`, as the checklist always does.
    public var hashBundleFile: Bool
    /// `--exclude` patterns (and `exclude:` of a project configuration), with where each comes
    /// from; the built-in rules and a `.clearanceignore` at the bundle root always apply.
    public var exclusions: [ExclusionRule] = []
    /// `--follow-links`.
    public var followLinks = false

    /// The date waivers expire against (today, in UTC, unless a test fixes it).
    public var today: ISODate

    public init(bundlePath: String, factsFile: String? = nil, policiesDirectory: String? = nil, waiversFile: String? = nil, failOn: FailThreshold = .error, computeHashes: Bool = false, hashBundleFile: Bool = false, today: ISODate = .today) {
        self.bundlePath = bundlePath
        self.factsFile = factsFile
        self.policiesDirectory = policiesDirectory
        self.waiversFile = waiversFile
        self.today = today
        self.failOn = failOn
        self.computeHashes = computeHashes
        self.hashBundleFile = hashBundleFile
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
