import BuiltinPolicies
import BundleInspection
public import BundleModel
import HubAccess
import PolicyEngine

/// The library façade: what the `clearance` command does, callable from other tools.
///
/// It is the one surface of the library: the command imports `Clearance` for every operation and
/// `BundleModel` for the plain values it prints, and nothing else of the library (README, Layout).
/// The option types its operations take are named by this module (`ReportFormat`, `FailThreshold`, …).
public enum Clearance {
    /// The tool's version, as reports carry it.
    public static let version = "0.1.0"

    /// The tool as reports name it.
    public static var tool: ToolInfo { ToolInfo(version: version) }

    /// Reads a bundle and describes everything in it.
    public static func inspect(path: String, options: InspectionOptions) throws -> Manifest {
        if let reference = try HubReference(parsing: path) {
            return try HubInspection.inspect(reference, path: path, options: options)
        }
        return try BundleInspector(options: options).inspect(path: path)
    }

    /// Reads a bundle and describes everything in it, identifying license texts and notice lines
    /// with the built-in policies' catalog.
    public static func inspect(path: String) throws -> Manifest {
        try inspect(path: path, exclusions: [], followLinks: false)
    }

    /// The same, leaving out what `exclusions` (`--exclude`) match besides the built-in rules and
    /// a `.clearanceignore`, and reading links as their files with `followLinks`.
    public static func inspect(path: String, exclusions: [ExclusionRule], followLinks: Bool) throws -> Manifest {
        var options = InspectionOptions(catalog: try PolicySet.builtin().licenseCatalog())
        options.exclusions = ExclusionRule.builtIn + exclusions
        options.followLinks = followLinks
        return try inspect(path: path, options: options)
    }

    /// Loads the policies `--policies DIR` names, or the built-in packs; the built-in rules carry
    /// their examples only when asked for (`policies explain`), since nothing else reads them.
    public static func policies(directory: String?, includingExamples: Bool = false) throws -> PolicySet {
        if let directory { return try PolicySet.load(directory: directory) }
        return try PolicySet.builtin(includingExamples: includingExamples)
    }

    /// The runner of the policies' rule examples, reading Notice files as the inspector does.
    static func ruleExamples(_ policies: PolicySet) -> RuleExamples {
        RuleExamples(policies: policies) { NoticeLineFinder(notices: $0).find(in: $1) }
    }

    /// Checks a bundle against the obligations of its upstream licenses.
    ///
    /// - Throws: `PolicyError` for unreadable policies, facts or waivers, or ones that name rules
    ///   the policies do not have; `ArchiveIOError` for an unreadable bundle: the "could not do its
    ///   job" cases of exit status 2.
    public static func check(_ request: CheckRequest) throws -> CheckResult {
        try Checker(request: request).check(bundlePath: request.bundlePath, progress: request.progress)
    }
}
