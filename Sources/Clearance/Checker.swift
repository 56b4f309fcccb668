import Foundation
import BundleInspection
import BundleModel
import PolicyEngine

/// A check made ready once and run on any number of bundles: the policy packs, the license
/// catalog, the declared facts and the waivers are loaded when it is made, not per bundle.
///
/// A value type of loaded, immutable data: safe to share between concurrent checks.
public struct Checker: Sendable {
    /// The policies checks run against.
    public let policies: PolicySet
    /// What the request asked for; its `bundlePath` is not used.
    public let request: CheckRequest
    private let catalog: LicenseCatalog
    private let declaredFacts: FactSheet?
    private let waivers: (file: String, waivers: WaiverFile)?

    /// Loads what `request` names, except the bundle.
    ///
    /// - Throws: `PolicyError` for unreadable policies, facts or waivers; `LicenseDataError` for
    ///   a malformed fingerprint file.
    public init(request: CheckRequest) throws {
        self.request = request
        policies = try Clearance.policies(directory: request.policiesDirectory)
        catalog = try policies.licenseCatalog()
        declaredFacts = try request.factsFile.map { file throws(PolicyError) in try FactsLoader.load(file: file) }
        waivers = try request.waiversFile.map { file throws(PolicyError) in (file, try WaiverLoader.load(file: file)) }
    }

    /// How bundles are read for this check.
    public var inspectionOptions: InspectionOptions {
        InspectionOptions(computeHashes: request.computeHashes, hashBundleFile: request.hashBundleFile, catalog: catalog)
    }

    /// Checks the bundle at `bundlePath`.
    ///
    /// - Throws: `ArchiveIOError` for an unreadable bundle, `PolicyError` for unreadable facts
    ///   inside it.
    public func check(bundlePath: String) throws -> CheckResult {
        try evaluate(Clearance.inspect(path: bundlePath, options: inspectionOptions))
    }

    /// Evaluates an inspected bundle: its facts, the obligations, the waivers and the verdict.
    public func evaluate(_ manifest: Manifest) throws -> CheckResult {
        let facts = try declaredFacts ?? FactsLoader.fromBundle(manifest) ?? FactSheet()
        let evaluation = PolicyEvaluator(policies: policies).evaluate(manifest, facts: facts)
        var findings = evaluation.findings
        if let waivers {
            let application = WaiverApplication(waivers: waivers.waivers.waivers, source: waivers.file, today: request.today)
            findings = application.apply(to: findings, policies: policies)
        }
        let report = Report(
            tool: Clearance.tool,
            subject: manifest.subject,
            verdict: request.failOn.verdict(findings),
            licenses: evaluation.licenses,
            artifacts: manifest.artifacts,
            findings: findings
        )
        return CheckResult(report: report, manifest: manifest, lineage: evaluation.lineage, facts: facts, policies: policies)
    }
}
