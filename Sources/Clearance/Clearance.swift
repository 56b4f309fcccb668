@_exported import ArchiveIO
@_exported import BundleInspection
@_exported import BundleModel
@_exported import PolicyEngine
@_exported import Reporting

/// The library façade: what the `clearance` command does, callable from other tools.
public enum Clearance {
    /// The tool's version, as reports carry it.
    public static let version = "0.1.0"

    /// The tool as reports name it.
    public static var tool: ToolInfo { ToolInfo(version: version) }

    /// Reads a bundle and describes everything in it.
    public static func inspect(path: String, options: InspectionOptions = InspectionOptions()) throws -> Manifest {
        try BundleInspector(options: options).inspect(path: path)
    }

    /// Loads the policies: the built-in packs, or those in `directory`.
    public static func policies(directory: String?) throws -> PolicySet {
        if let directory { return try PolicySet.load(directory: directory) }
        return try PolicySet.builtin()
    }

    /// Checks a bundle against the obligations of its upstream licenses.
    ///
    /// - Throws: `PolicyError` for unreadable policies or facts, `ArchiveIOError` for an
    ///   unreadable bundle: the "could not do its job" cases of exit status 2.
    public static func check(_ request: CheckRequest) throws -> CheckResult {
        let policies = try request.policiesDirectory.map(PolicySet.load(directory:)) ?? PolicySet.builtin()
        let declaredFacts = try request.factsFile.map { file throws(PolicyError) in try FactsLoader.load(file: file) }
        let waivers = try request.waiversFile.map { file throws(PolicyError) in (file, try WaiverLoader.load(file: file)) }
        var options = InspectionOptions(computeHashes: request.computeHashes, hashBundleFile: request.hashBundleFile, catalog: try policies.licenseCatalog())
        options.exclusions = ExclusionRule.builtIn + request.exclusions
        options.followLinks = request.followLinks
        let manifest = try inspect(path: request.bundlePath, options: options)
        let facts = try declaredFacts ?? FactsLoader.fromBundle(manifest) ?? FactSheet()
        let evaluation = PolicyEvaluator(policies: policies).evaluate(manifest, facts: facts)
        var findings = evaluation.findings
        if let (file, waiverFile) = waivers {
            findings = WaiverApplication(waivers: waiverFile.waivers, source: file, today: request.today).apply(to: findings, policies: policies)
        }
        var report = Report(
            tool: tool,
            subject: manifest.subject,
            verdict: request.failOn.verdict(findings),
            licenses: evaluation.licenses,
            artifacts: manifest.artifacts,
            findings: findings
        )
        report.exclusions = manifest.exclusions.isEmpty ? nil : manifest.exclusions
        report.variants = manifest.variants.isEmpty ? nil : manifest.variants
        return CheckResult(report: report, manifest: manifest, lineage: evaluation.lineage, facts: facts, policies: policies)
    }
}
