import Clearance
import Platform

/// What the terminal on standard output (and standard error) can do.
enum Terminal {
    /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    static var supportsColor: Bool {
        isTerminal(STDOUT_FILENO) && !isSet("NO_COLOR")
    }

    /// The width text wraps at: `COLUMNS` when set, else the terminal's width, else 100.
    static var width: Int {
        if let columns = getenv("COLUMNS"), let value = Int(String(cString: columns)), value > 0 { return value }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return ReportOptions.defaultWidth
    }

    /// Whether standard error is a terminal a person watches: not in CI (`CI` set), not `TERM=dumb`.
    static var stderrIsInteractive: Bool {
        isTerminal(STDERR_FILENO) && !isSet("CI")
    }

    /// A terminal that is not `TERM=dumb`.
    private static func isTerminal(_ descriptor: Int32) -> Bool {
        guard isatty(descriptor) == 1 else { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }

    /// Whether an environment variable is set to something (an empty value counts as unset).
    private static func isSet(_ name: String) -> Bool {
        getenv(name).map { $0.pointee != 0 } ?? false
    }

    /// The width of the terminal on standard error, for the progress line.
    static var stderrWidth: Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
