import ArgumentParser
import Clearance

/// The one line a usage error prints: ArgumentParser's message with its list of allowed values
/// kept on the line, and, for an unknown subcommand, the nearest one.
enum UsageMessage {
    static func line(for error: any Error, arguments: [String]) -> String {
        if let suggestion = unknownSubcommand(in: arguments) { return suggestion }
        let message = ClearanceCommand.message(for: error)
        var lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        guard let first = lines.first else { return "invalid arguments" }
        lines.removeFirst()
        // "Please provide one of the following:" is followed by one "- value" line per value.
        let values = lines.filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
        guard !values.isEmpty else { return first }
        var lead = first.hasSuffix(":") ? String(first.dropLast()) : first
        if lead.hasSuffix(" of the following") { lead = String(lead.dropLast(" the following".count)) }
        return "\(lead): \(values.joined(separator: ", "))."
    }

    /// `unknown command 'chek' for 'clearance'; did you mean 'check'?`, when the first word that is
    /// not an option names no subcommand of the command it follows.
    private static func unknownSubcommand(in arguments: [String]) -> String? {
        var children = subcommands(of: ClearanceCommand.self)
        var path = ["clearance"]
        for argument in arguments {
            guard !argument.hasPrefix("-"), argument != "help", !children.isEmpty else { return nil }
            guard let next = children.first(where: { $0.name == argument }) else {
                let names = children.map(\.name)
                let hint =
                    Clearance.suggestion(for: argument, among: names).map { "did you mean '\($0)'?" }
                    ?? "the commands are \(names.joined(separator: ", "))"
                return "unknown command '\(argument)' for '\(path.joined(separator: " "))'; \(hint)"
            }
            children = next.children
            path.append(argument)
        }
        return nil
    }

    /// A command's subcommands by name, each with its own.
    private struct Subcommand {
        let name: String
        let children: [Subcommand]
    }

    private static func subcommands(of command: ParsableCommand.Type) -> [Subcommand] {
        command.configuration.subcommands.map { Subcommand(name: $0._commandName, children: subcommands(of: $0)) }
    }
}
