import ArgumentParser
import Clearance

/// `clearance check <bundle>`: the obligations of the release's upstream licenses, met or not.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a release bundle against the obligations of its upstream licenses.",
        discussion: "Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when the bundle, facts, waivers or policies cannot be read."
    )

    @Argument(help: "A directory, an archive (tar, tar.gz, tar.bz2, tar.xz, tar.zst, zip, 7z) or a .gguf/.safetensors file.")
    var bundle: String

    @Option(help: "Facts the bundle cannot prove (YAML). Default: clearance.yml or .clearance.yml at the bundle root.")
    var facts: String?

    @Option(help: "A folder of policy packs to use instead of the built-in ones.")
    var policies: String?

    @Option(help: "Accepted risks (YAML): failures they match become 'waived'.")
    var waivers: String?

    @Option(help: "Report format: text, json.")
    var format: CheckFormat = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Lowest level that fails the check: error, warning or review.")
    var failOn: FailThreshold = .error

    @Flag(help: "Compute the SHA-256 of the bundle file and of every file in it.")
    var hash = false

    func run() throws {
        let result = try Clearance.check(CheckRequest(bundlePath: bundle, factsFile: facts, policiesDirectory: policies, waiversFile: waivers, failOn: failOn, computeHashes: hash))
        let text: String
        switch format {
        case .json:
            text = try JSONOutput.string(result.report)
        case .text:
            let names = Dictionary(uniqueKeysWithValues: result.policies.sortedPacks.map { ($0.license.id, $0.license.name) })
            text = CheckTextRenderer(licenseNames: names, style: TextStyle(colored: output == nil && Terminal.supportsColor)).render(result.report, failOn: failOn.rawValue)
        }
        try Output.deliver(text, to: output)
        if result.report.verdict == .fail { throw ExitCode(1) }
    }
}

/// The formats `check` writes.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

extension FailThreshold: ExpressibleByArgument {}
