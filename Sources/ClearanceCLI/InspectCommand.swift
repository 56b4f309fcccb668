import ArgumentParser
import Clearance

/// `clearance inspect <bundle>`: list what a bundle contains and what was read from it.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "List the artifacts of a bundle with their kind, format, size and metadata."
    )

    @Argument(
        help: "A directory, an archive (tar, tar.gz, tar.bz2, tar.xz, tar.zst, zip, 7z) or a .gguf/.safetensors file.")
    var bundle: String

    @Option(help: "Output format: text or json.")
    var format: InspectFormat = .text

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let manifest = try Clearance.inspect(
            path: bundle, exclusions: reading.exclusions,
            followLinks: reading.followLinks)
        switch format {
        case .text: try Output.stream(to: nil) { sink in try Clearance.writeInspectionText(manifest, to: sink) }
        case .json: try Output.stream(to: nil) { sink in try Clearance.writeInspectionJSON(manifest, to: sink) }
        }
    }
}

/// The formats `inspect` writes.
enum InspectFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
