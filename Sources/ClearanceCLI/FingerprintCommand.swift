import ArgumentParser
import Clearance
import Foundation

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

    /// Largest text fingerprinted; every reference text is far smaller.
    static let maxTextBytes = 1 << 20

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
        let bytes = try CappedFile.read(file, limit: Self.maxTextBytes)
        let lines = TextDocument(path: file, text: String(decoding: bytes, as: UTF8.self)).lines
        let first = (firstLine ?? 1) - 1
        let selected = Array(lines[min(first, lines.count)..<min(lastLine ?? lines.count, lines.count)])
        let kind = document.kind
        guard
            let fingerprint = Clearance.fingerprint(
                of: selected, name: name ?? "\(licenseID).\(kind.rawValue)", licenseID: licenseID, document: kind,
                source: source)
        else {
            throw LicenseDataError.emptyText(path: file)
        }
        let json = try Clearance.json(fingerprint)
        if let output {
            do {
                try Data(json.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw LicenseDataError.unwritable(path: output, reason: error.localizedDescription)
            }
        } else {
            Output.write(json)
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
