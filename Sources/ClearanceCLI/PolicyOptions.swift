import ArgumentParser
import Clearance

/// `--policies DIR` and `--format`, shared by the commands that read policy packs.
struct PolicyOptions: ParsableArguments {
    @Option(help: "A folder of policy packs to use instead of the built-in ones.")
    var policies: String?

    @Option(help: "Output format: text or json.")
    var format: PolicyFormat = .text

    func load(includingExamples: Bool = false) throws -> PolicySet {
        try Clearance.policies(directory: policies, includingExamples: includingExamples)
    }

    /// Writes `text`, or `document` as JSON with `--format json`.
    func write(text: @autoclosure () -> String, json document: some Encodable) throws {
        switch format {
        case .text: Output.write(text())
        case .json: Output.write(try Clearance.json(document))
        }
    }
}

/// The formats the `policies` commands write.
enum PolicyFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
