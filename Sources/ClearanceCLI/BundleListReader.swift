import Foundation
import Platform

/// Reads the bundle list of `check --batch`: one bundle per line, from a file or standard input,
/// a block at a time, so a list of millions of bundles costs one block of memory.
///
/// Blank lines and lines starting with `#` are skipped; spaces around a line are dropped.
final class BundleListReader {
    /// The longest line accepted: longer than any path a file system takes.
    static let maxLineLength = 16 << 10

    private let name: String
    private let descriptor: Int32
    private var pending: [UInt8] = []
    /// Where the unread part of `pending` starts.
    private var start = 0
    private var block = [UInt8](repeating: 0, count: 1 << 16)
    private var atEnd = false
    private var lineNumber = 0

    /// Opens the list at `path`, or standard input for `-`.
    init(path: String) throws(BatchError) {
        name = path == "-" ? "standard input" : path
        if path == "-" {
            descriptor = dup(STDIN_FILENO)
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
        }
        guard descriptor >= 0 else { throw .unreadableList(name, reason: String(cString: strerror(errno))) }
    }

    deinit {
        close(descriptor)
    }

    /// The next bundle of the list, or nil at its end.
    func next() throws(BatchError) -> String? {
        while let line = try nextLine() {
            let text = String(decoding: line, as: UTF8.self)
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            return trimmed
        }
        return nil
    }

    private func nextLine() throws(BatchError) -> [UInt8]? {
        while true {
            if let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(pending[start..<newline])
                start = newline + 1
                lineNumber += 1
                return line
            }
            guard pending.count - start <= Self.maxLineLength else {
                throw .lineTooLong(name, line: lineNumber + 1, limit: Self.maxLineLength)
            }
            if atEnd {
                guard start < pending.count else { return nil }
                defer { start = pending.count }
                lineNumber += 1
                return Array(pending[start...])
            }
            let got = block.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw .unreadableList(name, reason: String(cString: strerror(errno))) }
            if got == 0 { atEnd = true }
            pending.removeFirst(start)
            start = 0
            pending += block.prefix(got)
        }
    }
}
