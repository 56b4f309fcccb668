import ArchiveIO
import Foundation
import PolicyEngine
import Remediation

/// What `clearance fix` is asked to do.
public struct FixRequest: Sendable {
    /// The check whose failures are fixed (the bundle, facts, policies, waivers).
    public var check: CheckRequest
    /// `--dry-run`: plan, show, write nothing.
    public var dryRun: Bool
    /// `--license-dir`: canonical upstream texts, `<id>/LICENSE` and `<id>/USE_POLICY.md`.
    public var licenseDirectory: String?

    /// A fix of what `check` finds; `dryRun` and `licenseDirectory` as the options say.
    public init(check: CheckRequest, dryRun: Bool = false, licenseDirectory: String? = nil) {
        self.check = check
        self.dryRun = dryRun
        self.licenseDirectory = licenseDirectory
    }
}

/// What a fix did: the check it started from, the plan, and the check after writing it.
public struct FixResult: Sendable {
    /// The check of the folder as it was.
    public let before: CheckResult
    /// What the fix writes, and what it leaves for a person.
    public let plan: FixPlan
    /// The check of the fixed folder; nil for a dry run, which writes nothing.
    public let after: CheckResult?
}

extension Clearance {
    /// Checks a release folder and writes what its failures ask for that needs no judgement; a
    /// dry run only plans it.
    ///
    /// - Throws: `RemediationError` for a bundle that is not a folder, a `--license-dir` text that
    ///   is not canonical or a file that cannot be written, and whatever `check` throws.
    public static func fix(_ request: FixRequest) throws -> FixResult {
        try refuseFiles(request.check.bundlePath)
        let before = try check(request.check)
        let catalog = try before.policies.licenseCatalog()
        let licenseFolder = try request.licenseDirectory.map { path throws(RemediationError) in
            try LicenseFolder(path: path, catalog: catalog)
        }
        let remedies = PolicyEvaluator(policies: before.policies)
            .remedies(for: before.report.findings, of: before.manifest, facts: before.facts)
        let root = before.bundleDirectory ?? request.check.bundlePath
        let plan = try FixPlanner(root: root, manifest: before.manifest, catalog: catalog, licenseFolder: licenseFolder)
            .plan(remedies)
        if request.dryRun { return FixResult(before: before, plan: plan, after: nil) }
        guard !plan.changes.isEmpty else { return FixResult(before: before, plan: plan, after: before) }
        try plan.write()
        return FixResult(before: before, plan: plan, after: try check(request.check))
    }

    /// Fix writes into folders only: an archive is rebuilt by the publisher's own tools.
    private static func refuseFiles(_ path: String) throws(RemediationError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return }
        let handle = FileHandle(forReadingAtPath: path)
        let data = (try? handle?.read(upToCount: MagicSniffer.prefixLength)) ?? nil
        try? handle?.close()
        let prefix = [UInt8](data ?? Data())
        throw .notAFolder(path: path, isArchive: MagicSniffer.container(prefix) != nil)
    }

    /// What `clearance fix` prints: what was written (or, for a dry run, the diff of what would
    /// be), then the check after the fix, laid out by `options`, or what is left undone.
    public static func fixText(_ result: FixResult, of request: FixRequest, options: ReportOptions) throws -> String {
        let summary = FixSummaryText(plan: result.plan, bundle: request.check.bundlePath, dryRun: request.dryRun)
        guard let after = result.after else {
            return summary.render(unaddressed: result.plan.unaddressed(in: result.before.report.findings))
        }
        let left = try report(after, of: request.check, format: .text, options: options)
        return summary.render() + "\nLeft for a person — the check after the fix:\n\n" + left
    }

    /// `clearance fix --format json`: the plan, the findings before and the report after.
    public static func fixJSON(_ result: FixResult) throws -> String {
        let before = result.before.report
        let document = FixDocument(
            tool: tool, subject: before.subject, plan: result.plan, before: before.findings,
            after: result.after?.report)
        return try json(document) + "\n"
    }
}
