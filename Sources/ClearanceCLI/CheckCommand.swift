import ArgumentParser
import Clearance

/// `clearance check <bundle>`: the obligations of the release's upstream licenses, met or not.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a release bundle against the obligations of its upstream licenses.",
        discussion:
            "Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when the bundle, facts, waivers or policies cannot be read."
    )

    @Argument(help: CheckOptions.bundleHelp)
    var bundle: String?

    @OptionGroup var options: CheckOptions

    @Option(
        help:
            "Report format: text, json, sarif (code scanning), junit (CI test reports), markdown (the legal-review checklist), cyclonedx (an ML-BOM) or mof (Model Openness Framework YAML)."
    )
    var format: ReportFormat = .text

    @OptionGroup var batchOptions: BatchOptions

    func run() throws {
        if let batch = batchOptions.batch {
            guard bundle == nil else { throw BatchError.bundleAndList }
            if let option = options.singleBundleOption { throw BatchError.singleBundleOption(option) }
            // One request for the whole list, .clearance.yml included; each bundle is named to the prepared check.
            let request = try options.request(for: batch, hashBundleFile: false)
            let run = BatchRun(
                list: batch, jobs: batchOptions.jobs, request: request, format: format, output: options.output,
                cache: batchOptions.cache, showProgress: !options.noProgress)
            if try run.run() { throw ExitCode(1) }
            return
        }
        guard let bundle else { throw ValidationError("Missing expected argument '<bundle>' (or --batch FILE)") }
        try options.run(bundle: bundle, format: format)
    }
}

extension ReportFormat: ExpressibleByArgument {}
