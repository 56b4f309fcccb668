import Clearance
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
    ///
    /// A report never goes through a link: it is written to a new file beside `file` and renamed
    /// over it, which replaces a link at `file` instead of writing where the link points. Only a
    /// stream (a terminal, a pipe, `/dev/stdout`) is written in place.
    static func stream(to file: String?, _ produce: ((String) throws -> Void) throws -> Void) throws {
        guard let file else { return try produce { write($0) } }
        var target = stat()
        if stat(file, &target) == 0, target.st_mode & S_IFMT != S_IFREG, target.st_mode & S_IFMT != S_IFDIR {
            let descriptor = open(file, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputError(file: file, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            return try write(produce, to: descriptor, file: file)
        }
        let temporary = ReplacementFile.temporaryPath(beside: file)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError(file: file, reason: String(cString: strerror(errno))) }
        do {
            try write(produce, to: descriptor, file: file)
            guard close(descriptor) == 0, rename(temporary, file) == 0 else {
                throw OutputError(file: file, reason: String(cString: strerror(errno)))
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
    }

    private static func write(
        _ produce: ((String) throws -> Void) throws -> Void, to descriptor: Int32, file: String
    ) throws {
        try produce { piece in
            guard writeAll(piece, to: descriptor) else {
                throw OutputError(file: file, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Writes one line of error to standard error. The line often names a file of the bundle,
    /// so its control and bidirectional characters are shown as escapes (`VisibleText`).
    static func error(_ line: String) {
        writeAll("clearance: \(Clearance.printable(line))\n", to: STDERR_FILENO)
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

/// The new file a report is written to before it replaces its target.
enum ReplacementFile {
    /// `.NAME.clearance-PID` in the target's folder: the same file system, so renaming is atomic.
    static func temporaryPath(beside file: String) -> String {
        let slash = file.lastIndex(of: "/")
        let folder = slash.map { String(file[...$0]) } ?? ""
        let name = slash.map { String(file[file.index(after: $0)...]) } ?? file
        return "\(folder).\(name).clearance-\(getpid())"
    }
}

/// A report could not be written where `--output` asked.
struct OutputError: Error, CustomStringConvertible {
    let file: String
    let reason: String

    var description: String { "\(file): cannot write the report: \(reason)" }
}
