import ArgumentParser
import Clearance

/// `--policies DIR` and `--format`, shared by the commands that read policy packs.
struct PolicyOptions: ParsableArguments {
    @Option(help: "A folder of policy packs to use instead of the built-in ones.")
    var policies: String?

    @Option(help: "Output format: text or json.")
    var format: PolicyFormat = .text

    /// Writes `output` as text, or as JSON with `--format json`.
    func write(_ output: PolicyOutput) {
        switch format {
        case .text: Output.write(output.text)
        case .json: Output.write(output.json)
        }
    }
}

/// The formats the `policies` commands write.
enum PolicyFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
