import ArgumentParser
import Clearance

/// `clearance policies show <license-id>`: a license pack (or the general pack) in readable form.
struct PoliciesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a license pack, or 'general': identifiers, notice lines and rules.")

    @Argument(help: "A license id (llama3.1), Hugging Face identifier or alias, or 'general'.")
    var license: String

    @OptionGroup var options: PolicyOptions

    func run() throws {
        options.write(try Clearance.policyPack(license, directory: options.policies))
    }
}
