import Platform

/// Writes to standard output and standard error directly, in full.
enum Output {
    static func write(_ text: String) {
        writeAll(text, to: STDOUT_FILENO)
    }

    /// Writes a report to `file`, or to standard output when no file is given.
    static func deliver(_ text: String, to file: String?) throws {
        try stream(to: file) { try $0(text) }
    }

    /// Writes a report produced piece by piece to `file`, or to standard output.
    static func stream(to file: String?, _ produce: ((String) throws -> Void) throws -> Void) throws {
        guard let file else { return try produce { write($0) } }
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError(file: file, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        try produce { piece in
            guard writeAll(piece, to: descriptor) else { throw OutputError(file: file, reason: String(cString: strerror(errno))) }
        }
    }

    static func error(_ line: String) {
        writeAll("clearance: \(line)\n", to: STDERR_FILENO)
    }

    /// Writes `text` to standard error as it is (the progress line).
    static func writeError(_ text: String) {
        writeAll(text, to: STDERR_FILENO)
    }

    @discardableResult
    private static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            bytes = bytes.dropFirst(written)
        }
        return true
    }
}

/// A report could not be written where `--output` asked.
struct OutputError: Error, CustomStringConvertible {
    let file: String
    let reason: String

    var description: String { "\(file): cannot write the report: \(reason)" }
}
