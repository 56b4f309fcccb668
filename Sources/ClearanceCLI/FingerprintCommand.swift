import ArgumentParser
import BundleModel
import Clearance

/// `clearance policies fingerprint <license-id> <file>`: derives the fingerprint of a canonical
/// license text, the data `policies/fingerprints/` is made of.
struct FingerprintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fingerprint",
        abstract:
            "Print the fingerprint (sentence hashes, title and version line) of a canonical license text as JSON.",
        discussion:
            "The fingerprint holds no license text beyond its title and version line, so it can be committed and audited."
    )

    @Argument(help: "The license id, e.g. llama3.1.")
    var licenseID: String

    @Argument(help: "The canonical text.")
    var file: String

    @Option(help: "Which document of the license the text is: agreement or use-policy.")
    var document: DocumentOption = .agreement

    @Option(help: "The fingerprint's unique name (default: <license-id>.<document>).")
    var name: String?

    @Option(help: "Where the text comes from, recorded in the fingerprint.")
    var source: String?

    @Option(help: "Fingerprint the file from this line on (1-based).")
    var firstLine: Int?

    @Option(help: "Fingerprint the file up to this line (inclusive).")
    var lastLine: Int?

    @Option(help: "Write the JSON to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if let firstLine, firstLine < 1 { throw ValidationError("--first-line must be at least 1") }
        if let firstLine, let lastLine, lastLine < firstLine {
            throw ValidationError("--last-line must not be before --first-line")
        }
    }

    func run() throws {
        let fingerprint = try Clearance.fingerprint(
            ofFile: file, firstLine: firstLine, lastLine: lastLine, licenseID: licenseID, document: document.kind,
            name: name, source: source)
        if let output {
            try Clearance.write(fingerprint, toFile: output)
        } else {
            Output.write(try Clearance.json(fingerprint))
        }
    }
}

/// The license documents `--document` accepts.
enum DocumentOption: String, ExpressibleByArgument, CaseIterable {
    case agreement
    case usePolicy = "use-policy"

    var kind: LicenseDocumentKind {
        switch self {
        case .agreement: .agreement
        case .usePolicy: .usePolicy
        }
    }
}
