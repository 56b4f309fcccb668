import ArgumentParser
import Clearance

/// `clearance check <bundle>`: the obligations of the release's upstream licenses, met or not.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a release bundle against the obligations of its upstream licenses.",
        discussion: "Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when the bundle, facts, waivers or policies cannot be read."
    )

    @OptionGroup var options: CheckOptions

    @Option(help: "Report format: text, json, sarif (code scanning), junit (CI test reports), markdown (the legal-review checklist), cyclonedx (an ML-BOM) or mof (Model Openness Framework YAML).")
    var format: ReportFormat = .text

    func run() throws {
        try options.run(format: format)
    }
}

extension ReportFormat: ExpressibleByArgument {}
