import Platform

/// Where a batch writes its JSON lines: standard output or `--output FILE`, in blocks, flushed
/// when a block fills and at least every `flushInterval`, so a reader of a pipe sees results
/// while the batch runs.
final class BatchOutput {
    private let descriptor: Int32
    private let name: String
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var lastFlush = ContinuousClock.now
    private static let blockSize = 1 << 16
    private static let flushInterval = Duration.milliseconds(250)

    /// Writes to `file`, created or truncated, or to standard output when it is nil.
    init(file: String?) throws(OutputError) {
        if let file {
            descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw OutputError(file: file, reason: String(cString: strerror(errno))) }
            name = file
            ownsDescriptor = true
        } else {
            descriptor = STDOUT_FILENO
            name = "standard output"
            ownsDescriptor = false
        }
        buffer.reserveCapacity(Self.blockSize)
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Appends `line` and a newline.
    func write(line: String) throws(OutputError) {
        buffer += line.utf8
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.blockSize || ContinuousClock.now - lastFlush >= Self.flushInterval { try flush() }
    }

    /// Writes out everything buffered.
    func flush() throws(OutputError) {
        lastFlush = ContinuousClock.now
        var written = 0
        while written < buffer.count {
            let got = buffer[written...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw OutputError(file: name, reason: String(cString: strerror(errno))) }
            written += got
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
