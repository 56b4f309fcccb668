import ArgumentParser
import Clearance

/// The options `check` and `checklist` share: against what to check, and where to write.
struct CheckOptions: ParsableArguments {
    /// The help of the bundle argument both commands take.
    static let bundleHelp: ArgumentHelp = "A directory, an archive (tar, tar.gz, tar.bz2, tar.xz, tar.zst, zip, 7z), a .gguf/.safetensors file or hf://ORG/NAME[@REVISION]."

    @Option(help: "Facts the bundle cannot prove (YAML). Default: clearance.yml or .clearance.yml at the bundle root.")
    var facts: String?

    @Option(help: "A folder of policy packs to use instead of the built-in ones.")
    var policies: String?

    @Option(help: "Accepted risks (YAML): failures they match become 'waived'.")
    var waivers: String?

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Lowest level that fails the check: error, warning or review.")
    var failOn: FailThreshold = .error

    @Flag(help: "Compute the SHA-256 of the bundle file and of every file in it.")
    var hash = false

    /// The request these options describe for `bundle`; `hashBundleFile` digests the bundle
    /// file even without `--hash`.
    func request(for bundle: String, hashBundleFile: Bool) -> CheckRequest {
        CheckRequest(bundlePath: bundle, factsFile: facts, policiesDirectory: policies, waiversFile: waivers, failOn: failOn, computeHashes: hash, hashBundleFile: hashBundleFile)
    }

    /// Checks the bundle, writes the report in `format`, and exits 1 when the verdict is fail. The
    /// checklist (`markdown`) always carries the bundle file's digest, which ties a sign-off to it.
    func run(bundle: String, format: ReportFormat) throws {
        let request = request(for: bundle, hashBundleFile: format == .markdown)
        let result = try Clearance.check(request)
        if format == .json {
            // The JSON report lists every artifact: written piece by piece, it never exists whole.
            var frame = result.report
            frame.artifacts = []
            try Output.stream(to: output) { sink in try JSONOutput.write(frame, artifacts: result.report.artifacts, to: sink) }
        } else {
            let reporter = format.reporter(style: TextStyle(colored: output == nil && Terminal.supportsColor))
            try Output.deliver(try reporter.render(result.reportInput(for: request, date: ReportClock.now)), to: output)
        }
        if result.report.verdict == .fail { throw ExitCode(1) }
    }
}

extension FailThreshold: ExpressibleByArgument {}
