import ArgumentParser
import Clearance
import Foundation

/// The options `check` and `checklist` share: against what to check, and where to write.
struct CheckOptions: ParsableArguments {
    /// The help of the bundle argument both commands take.
    static let bundleHelp: ArgumentHelp =
        "A directory, an archive (tar, tar.gz, tar.bz2, tar.xz, tar.zst, zip, 7z), a .gguf/.safetensors file or hf://ORG/NAME[@REVISION]."

    @Option(
        help: "Facts the bundle cannot prove (YAML), kept outside the release. Default: the facts of .clearance.yml.")
    var facts: String?

    @Option(help: "A folder of policy packs to use instead of the built-in ones.")
    var policies: String?

    @Option(help: "Accepted risks (YAML): failures and questions they match become 'waived'.")
    var waivers: String?

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(
        name: .customLong("report"),
        help: ArgumentHelp(
            "Also write a report in FORMAT to PATH, from the same read (repeatable).", valueName: "FORMAT=PATH"))
    var reports: [ReportTarget] = []

    @Option(
        name: .customLong("fail-on"),
        help:
            "Lowest level that fails the check: error, warning or review (default: error, or failOn in .clearance.yml)."
    )
    var failOn: FailThreshold?

    @Flag(help: "Ignore facts and waivers found inside the bundle (they are still reported).")
    var noBundleFacts = false

    @Flag(help: "Compute the SHA-256 of the bundle file and of every file in it.")
    var hash = false

    @OptionGroup var reading: ReadingOptions

    @Flag(name: .shortAndLong, help: "Text report: also list the obligations that are met, with their evidence.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Text report: print only the verdict line.")
    var quiet = false

    @Flag(help: "Never show the progress line on standard error.")
    var noProgress = false

    @Option(
        name: .customLong("rule-docs-url"),
        help: ArgumentHelp(
            "Where SARIF's helpUri points, with {rule} for the rule id (default: $CLEARANCE_RULE_DOCS_URL; without either, a license rule points at its license's published text).",
            valueName: "TEMPLATE"))
    var ruleDocsURL: String?

    func validate() throws {
        if verbose, quiet { throw ValidationError("--verbose and --quiet cannot be used together") }
    }

    /// The first option given that only shapes one bundle's report (`--report`, `--verbose`,
    /// `--quiet`, `--rule-docs-url`), which `--batch`, writing JSON lines, cannot honour.
    var singleBundleOption: String? {
        let given: [(Bool, String)] = [
            (!reports.isEmpty, "--report"), (verbose, "--verbose"), (quiet, "--quiet"),
            (ruleDocsURL != nil, "--rule-docs-url"),
        ]
        return given.first { $0.0 }?.1
    }

    /// Checks the bundle, writes the report in `format` and every `--report`, and exits 1 when the
    /// verdict is fail. The checklist (`markdown`) always carries the bundle file's digest, which
    /// ties a sign-off to it.
    func run(bundle: String, format: ReportFormat) throws {
        let hashBundleFile = ([format] + reports.map(\.format)).contains(.markdown)
        var request = try request(for: bundle, hashBundleFile: hashBundleFile)
        let display = ProgressDisplay.make(bundle: bundle, disabled: noProgress)
        request.progress = display?.progress
        display?.start()
        let result: CheckResult
        do {
            result = try Clearance.check(request)
            display?.stop()
        } catch {
            display?.stop()
            throw error
        }
        try write(result, request: request, format: format, to: output)
        for report in reports { try write(result, request: request, format: report.format, to: report.path) }
        if result.report.verdict == .fail { throw ExitCode(1) }
    }

    /// The request these options describe for `bundle`, with what a `.clearance.yml` above the
    /// current folder adds; `hashBundleFile` digests the bundle file even without `--hash`.
    func request(for bundle: String, hashBundleFile: Bool) throws -> CheckRequest {
        try CommandRequest.make(
            bundle: bundle, facts: facts, policies: policies, waivers: waivers, failOn: failOn, hash: hash,
            hashBundleFile: hashBundleFile, reading: reading, noBundleFacts: noBundleFacts)
    }

    private func write(_ result: CheckResult, request: CheckRequest, format: ReportFormat, to file: String?) throws {
        let options = ReportOptions(
            detail: quiet ? .verdict : (verbose ? .everything : .problems),
            width: file == nil ? Terminal.width : ReportOptions.defaultWidth,
            colored: file == nil && Terminal.supportsColor,
            rulePageTemplate: ruleDocsURL ?? ProcessInfo.processInfo.environment["CLEARANCE_RULE_DOCS_URL"],
            date: ReportClock.now)
        // The JSON report is written piece by piece: with every artifact listed, it never exists whole.
        try Output.stream(to: file) { sink in
            try Clearance.writeReport(result, of: request, format: format, options: options, to: sink)
        }
    }
}

extension FailThreshold: ExpressibleByArgument {}
