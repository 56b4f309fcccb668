import ArgumentParser
import Clearance
import Platform

/// Runs the command and maps every outcome to the exit statuses of docs/exit-status.md: 0 and 1 from the
/// command itself, 2 with one line on stderr when the tool could not do its job.
@main
enum Main {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--version"] {
            Output.write(Clearance.versionText())
            exit(0)
        }
        let command: ParsableCommand
        do {
            command = try ClearanceCommand.parseAsRoot(arguments)
        } catch {
            if ClearanceCommand.exitCode(for: error) == .success { ClearanceCommand.exit(withError: error) }
            Output.error(UsageMessage.line(for: error, arguments: arguments))
            exit(2)
        }
        do {
            var runnable = command
            try runnable.run()
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch  where ClearanceCommand.exitCode(for: error) == .success {
            ClearanceCommand.exit(withError: error)
        } catch let error as ValidationError {
            Output.error(error.message)
            exit(2)
        } catch {
            Output.error(Clearance.line(describing: error))
            exit(2)
        }
    }
}
