@_exported import ArchiveIO
import BuiltinPolicies
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
    public static func inspect(path: String, options: InspectionOptions) throws -> Manifest {
        try BundleInspector(options: options).inspect(path: path)
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
    public static func ruleExamples(_ policies: PolicySet) -> RuleExamples {
        RuleExamples(policies: policies) { NoticeLineFinder(notices: $0).find(in: $1) }
    }

    /// Checks a bundle against the obligations of its upstream licenses.
    ///
    /// - Throws: `PolicyError` for unreadable policies, facts or waivers, or ones that name rules
    ///   the policies do not have; `ArchiveIOError` for an unreadable bundle: the "could not do its
    ///   job" cases of exit status 2.
    public static func check(_ request: CheckRequest) throws -> CheckResult {
        let policies = try request.policiesDirectory.map(PolicySet.load(directory:)) ?? PolicySet.builtin()
        let declaredFacts = try request.factsFile.map { file throws(PolicyError) in try FactsLoader.load(file: file) } ?? request.inlineFacts
        if let declaredFacts {
            try FactsLoader.checkRules(of: declaredFacts.facts, file: request.factsFile ?? declaredFacts.source ?? "facts", policies: policies)
        }
        let waivers = try request.waiversFile.map { file throws(PolicyError) in (file, try WaiverLoader.load(file: file)) }
        if let (file, waiverFile) = waivers { try WaiverLoader.checkRules(of: waiverFile, source: file, policies: policies) }

        var options = InspectionOptions(computeHashes: request.computeHashes, hashBundleFile: request.hashBundleFile, catalog: try policies.licenseCatalog())
        options.exclusions = ExclusionRule.builtIn + request.exclusions
        options.progress = request.progress
        options.followLinks = request.followLinks
        let manifest = try inspect(path: request.bundlePath, options: options)

        var facts = declaredFacts ?? FactSheet()
        var usedRootFile: String?
        if declaredFacts == nil, !request.ignoreBundleFacts {
            for name in FactsLoader.bundleFiles(in: manifest) {
                guard let sheet = try FactsLoader.fromBundle(manifest, name: name) else { continue }
                try FactsLoader.checkRules(of: sheet.facts, file: name, policies: policies)
                (facts, usedRootFile) = (sheet, name)
                break
            }
        }
        let evaluation = PolicyEvaluator(policies: policies).evaluate(manifest, facts: facts)
        var findings = evaluation.findings
        if let carried = SelfVouching(manifest: manifest, request: request, usedRootFile: usedRootFile).finding(ignored: request.ignoreBundleFacts) {
            findings.append(carried)
        }
        if let answers = facts.facts.answers, !answers.isEmpty {
            findings = AnswerApplication(answers: answers, source: facts.source ?? "facts").apply(to: findings)
        }
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
