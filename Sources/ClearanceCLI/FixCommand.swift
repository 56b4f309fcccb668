import ArgumentParser
import Clearance

/// `clearance fix <directory>`: writes what the check asks for that needs no judgement, and says
/// what is left for a person.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Write what a release folder's check asks for that needs no judgement: NOTICE lines, "
            + "card metadata, the License section, license texts from --license-dir.",
        discussion: """
            Never touches weights, configs or tokenizers; renaming the model is only suggested. Files are \
            written atomically, then the folder is checked again and what is left is printed. Exit status: \
            that of the check after the fix (0 or 1; 0 for --dry-run), 2 when the fix cannot be done.
            """
    )

    @Argument(help: "The release folder (archives are rebuilt by your own tools: unpack, fix, repack).")
    var bundle: String

    @Flag(help: "Print a unified diff of every change and write nothing.")
    var dryRun = false

    @Option(
        help: ArgumentHelp(
            "A folder of canonical upstream texts, <id>/LICENSE and <id>/USE_POLICY.md, to copy into the release.",
            valueName: "DIR"))
    var licenseDir: String?

    @Option(
        help: "Facts the bundle cannot prove (YAML), kept outside the release. Default: the facts of .clearance.yml.")
    var facts: String?

    @Option(help: "A folder of policy packs to use instead of the built-in ones.")
    var policies: String?

    @Option(help: "Accepted risks (YAML): a waived failure is not fixed.")
    var waivers: String?

    @Option(
        name: .customLong("fail-on"), help: "Lowest level that fails the check after the fix: error, warning or review."
    )
    var failOn: FailThreshold?

    @OptionGroup var reading: ReadingOptions

    @Flag(help: "Ignore facts and waivers found inside the bundle (they are still reported).")
    var noBundleFacts = false

    @Option(help: "Output format: text or json.")
    var format: FixFormat = .text

    func run() throws {
        let check = try CommandRequest.make(
            bundle: bundle, facts: facts, policies: policies, waivers: waivers, failOn: failOn, hash: false,
            hashBundleFile: false, reading: reading, noBundleFacts: noBundleFacts)
        let request = FixRequest(check: check, dryRun: dryRun, licenseDirectory: licenseDir)
        let result = try Clearance.fix(request)
        switch format {
        case .json: Output.write(try Clearance.fixJSON(result))
        case .text:
            let options = ReportOptions(width: Terminal.width, colored: Terminal.supportsColor, date: ReportClock.now)
            Output.write(try Clearance.fixText(result, of: request, options: options))
        }
        if result.after?.report.verdict == .fail { throw ExitCode(1) }
    }
}

/// What `clearance fix` prints.
enum FixFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
