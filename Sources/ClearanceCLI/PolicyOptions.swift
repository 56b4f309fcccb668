import ArgumentParser
import Clearance

/// `--policies DIR`, shared by the commands that read policy packs.
struct PolicyOptions: ParsableArguments {
    @Option(help: "A folder of policy packs to use instead of the built-in ones.")
    var policies: String?

    func load(includingExamples: Bool = false) throws -> PolicySet {
        try Clearance.policies(directory: policies, includingExamples: includingExamples)
    }
}
