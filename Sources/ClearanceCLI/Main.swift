import ArgumentParser
import Platform

/// Runs the command and maps every outcome to CONTRACT.md's exit statuses: 0 and 1 from the
/// command itself, 2 with one line on stderr when the tool could not do its job.
@main
enum Main {
    static func main() {
        let command: ParsableCommand
        do {
            command = try ClearanceCommand.parseAsRoot()
        } catch {
            if ClearanceCommand.exitCode(for: error) == .success { ClearanceCommand.exit(withError: error) }
            Output.error(ClearanceCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments")
            exit(2)
        }
        do {
            var runnable = command
            try runnable.run()
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch where ClearanceCommand.exitCode(for: error) == .success {
            ClearanceCommand.exit(withError: error)
        } catch {
            if ClearanceCommand.exitCode(for: error) == .success { ClearanceCommand.exit(withError: error) }
            Output.error(String(describing: error).split(separator: "\n").first.map(String.init) ?? "failed")
            exit(2)
        }
    }
}
