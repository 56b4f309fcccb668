import ArchiveIO
import BundleInspection
import BundleModel
import Foundation
import PolicyEngine

/// A check made ready once and run on any number of bundles.
///
/// What does not depend on the bundle is loaded and validated when it is made: the policy packs,
/// the license catalog, the declared facts (a facts file or a `.clearance.yml`'s inline facts) and
/// the waivers, each checked against the rules the policies have. What does is done per bundle:
/// exclusions and progress while reading, facts found inside the bundle, the finding that the
/// bundle vouches for itself, answers, waivers and the verdict. `Clearance.check`, the checklist,
/// `--report`, `--batch` and `hf://` bundles all go through it.
///
/// A value type of loaded, immutable data: safe to share between concurrent checks.
public struct Checker: Sendable {
    /// The policies checks run against.
    public let policies: PolicySet
    /// What the request asked for; its `bundlePath` and `progress` are not used (each bundle is
    /// named to `check(bundlePath:progress:)`).
    public let request: CheckRequest
    private let catalog: LicenseCatalog
    private let declaredFacts: FactSheet?
    private let waivers: (file: String, waivers: WaiverFile)?

    /// Loads and validates what `request` names, except the bundle.
    ///
    /// - Throws: `PolicyError` for unreadable policies, facts or waivers, or for facts or waivers
    ///   that name rules the policies do not have; `LicenseDataError` for a malformed fingerprint
    ///   file.
    public init(request: CheckRequest) throws {
        self.request = request
        policies = try Clearance.policies(directory: request.policiesDirectory)
        catalog = try policies.licenseCatalog()
        let facts =
            try request.factsFile.map { file throws(PolicyError) in try FactsLoader.load(file: file) }
            ?? request.inlineFacts
        if let facts {
            let file = request.factsFile ?? facts.source ?? "facts"
            try FactsLoader.checkRules(of: facts.facts, file: file, policies: policies)
        }
        declaredFacts = facts
        waivers = try request.waiversFile.map { file throws(PolicyError) in (file, try WaiverLoader.load(file: file)) }
        if let waivers { try WaiverLoader.checkRules(of: waivers.waivers, source: waivers.file, policies: policies) }
    }

    /// How bundles are read for this check: the request's hashing, the built-in exclusions and
    /// the request's own, `--follow-links`, and `progress` when given.
    public func inspectionOptions(progress: ReadProgress? = nil) -> InspectionOptions {
        var options = InspectionOptions(
            computeHashes: request.computeHashes, hashBundleFile: request.hashBundleFile,
            catalog: catalog)
        options.exclusions = ExclusionRule.builtIn + request.exclusions
        options.followLinks = request.followLinks
        options.progress = progress
        return options
    }

    /// Checks the bundle at `bundlePath` (a directory, an archive, a weights file or
    /// `hf://ORG/NAME[@REVISION]`), telling `progress` how far reading has come.
    ///
    /// - Throws: `ArchiveIOError` or `HubError` for an unreadable bundle, `PolicyError` for
    ///   unreadable facts inside it or ones that name rules the policies do not have.
    public func check(bundlePath: String, progress: ReadProgress? = nil) throws -> CheckResult {
        try evaluate(Clearance.inspect(path: bundlePath, options: inspectionOptions(progress: progress)))
    }

    /// Evaluates an inspected bundle: its facts, the obligations, the answers, the waivers and
    /// the verdict.
    ///
    /// - Throws: `PolicyError` for unreadable facts inside the bundle.
    public func evaluate(_ manifest: Manifest) throws -> CheckResult {
        let (facts, usedRootFile) = try facts(for: manifest)
        let evaluation = PolicyEvaluator(policies: policies).evaluate(manifest, facts: facts)
        var findings = evaluation.findings
        let vouching = SelfVouching(manifest: manifest, request: request, usedRootFile: usedRootFile)
        if let carried = vouching.finding(ignored: request.ignoreBundleFacts) {
            findings.append(carried)
        }
        if let answers = facts.facts.answers, !answers.isEmpty {
            findings = AnswerApplication(answers: answers, source: facts.source ?? "facts").apply(to: findings)
        }
        if let waivers {
            let application = WaiverApplication(
                waivers: waivers.waivers.waivers, source: waivers.file,
                today: request.today)
            findings = application.apply(to: findings, policies: policies)
        }
        var report = Report(
            tool: Clearance.tool,
            subject: manifest.subject,
            verdict: request.failOn.verdict(findings),
            licenses: evaluation.licenses,
            artifacts: manifest.artifacts,
            findings: findings
        )
        report.exclusions = manifest.exclusions.isEmpty ? nil : manifest.exclusions
        report.variants = manifest.variants.isEmpty ? nil : manifest.variants
        report.openness = OpennessProfiler(policies: policies).profile(
            manifest, evaluation: evaluation, facts: facts)
        return CheckResult(
            report: report, manifest: manifest, lineage: evaluation.lineage, facts: facts,
            policies: policies)
    }

    /// The facts a bundle is checked with: the declared ones, else (unless `--no-bundle-facts`)
    /// the first facts file at the bundle root, whose name is returned with it.
    private func facts(for manifest: Manifest) throws -> (FactSheet, usedRootFile: String?) {
        if let declaredFacts { return (declaredFacts, nil) }
        guard !request.ignoreBundleFacts else { return (FactSheet(), nil) }
        for name in FactsLoader.bundleFiles(in: manifest) {
            guard let sheet = try FactsLoader.fromBundle(manifest, name: name) else { continue }
            try FactsLoader.checkRules(of: sheet.facts, file: name, policies: policies)
            return (sheet, name)
        }
        return (FactSheet(), nil)
    }
}
