import ArgumentParser
import Clearance

/// `clearance openness <bundle>`: how open the release is, without the obligations.
struct OpennessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openness",
        abstract: "Show how open a release is: OSD and OSAID verdicts, MOF class, Radboud cells, AI Act, claims.",
        discussion: """
            The licenses against the Open Source Definition (capped by the most restrictive upstream and the declared \
            license), Open Source AI, the Model Openness Framework components and class, the Radboud openness index, \
            the licence side of the EU AI Act's open-source exemption, and the openness claims of the card. Components \
            published outside the bundle are declared under openness: in the facts file. --format mof writes a YAML \
            file for the Model Openness Tool. Exit status 0, or 2 when the bundle, facts or policies cannot be read.
            """
    )

    @Argument(
        help: "A directory, an archive (tar, tar.gz, tar.bz2, tar.xz, tar.zst, zip, 7z) or a .gguf/.safetensors file.")
    var bundle: String

    @Option(
        help: "Facts the bundle cannot prove (YAML), with openness: components. Default: the facts of .clearance.yml.")
    var facts: String?

    @Option(help: "A folder of policy packs to use instead of the built-in ones.")
    var policies: String?

    @Option(help: "Output format: text, json or mof (Model Openness Framework YAML).")
    var format: OpennessFormat = .text

    @Option(help: "Write the profile to this file instead of standard output.")
    var output: String?

    @Flag(help: "Ignore facts found inside the bundle.")
    var noBundleFacts = false

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let request = try CommandRequest.make(
            bundle: bundle, facts: facts, policies: policies, waivers: nil, failOn: nil,
            hash: false, hashBundleFile: false, reading: reading,
            noBundleFacts: noBundleFacts)
        let result = try Clearance.check(request)
        let options = ReportOptions(colored: output == nil && Terminal.supportsColor, date: ReportClock.now)
        guard let text = try Clearance.opennessReport(result, of: request, format: format, options: options) else {
            return
        }
        try Output.deliver(text, to: output)
    }
}

extension OpennessFormat: ExpressibleByArgument {}
