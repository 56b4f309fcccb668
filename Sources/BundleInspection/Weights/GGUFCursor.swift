/// Reads a GGUF header front to back: integers in the file's byte order, strings and skips,
/// never past the end of the entry and never past the header budget.
///
/// The checks come before the bytes are read, so a length or count from the file cannot make it
/// allocate or skip more than what is left.
final class GGUFCursor {
    /// Bytes asked from the stream at a time.
    static let chunkSize = 64 << 10

    private let stream: any EntryByteStream
    private var buffer: [UInt8] = []
    private var position = 0
    /// Bytes of the entry consumed so far.
    private(set) var offset: UInt64 = 0
    /// The entry's size, when the container declares it.
    let entrySize: UInt64?
    /// Most bytes the whole header may take.
    let headerBudget: UInt64
    /// Multi-byte values are big-endian (GGUF v3 allows either order).
    var isBigEndian = false

    init(stream: any EntryByteStream, entrySize: UInt64?, headerBudget: UInt64) {
        self.stream = stream
        self.entrySize = entrySize
        self.headerBudget = headerBudget
    }

    /// What may still be read: the rest of the entry or of the budget, whichever is smaller.
    var bytesLeft: UInt64 {
        let budgetLeft = headerBudget - min(headerBudget, offset)
        guard let entrySize else { return budgetLeft }
        return min(budgetLeft, entrySize - min(entrySize, offset))
    }

    /// Consumes `count` bytes and returns them.
    func bytes(_ count: Int) throws -> ArraySlice<UInt8> {
        try ensureBuffered(count)
        defer { consume(count) }
        return buffer[position..<position + count]
    }

    /// Consumes and discards `count` bytes.
    func skip(_ count: UInt64) throws {
        try admit(count)
        let buffered = UInt64(buffer.count - position)
        if count <= buffered {
            position += Int(count)
        } else {
            buffer.removeAll(keepingCapacity: true)
            position = 0
            let skipped = try stream.skip(count - buffered)
            guard skipped == count - buffered else { throw truncated(at: offset + buffered + skipped) }
        }
        offset += count
    }

    /// A fixed-width integer in the file's byte order.
    func integer<Value: FixedWidthInteger>(_: Value.Type) throws -> Value {
        let size = MemoryLayout<Value>.size
        try ensureBuffered(size)
        defer { consume(size) }
        let raw = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: Value.self) }
        return isBigEndian ? Value(bigEndian: raw) : Value(littleEndian: raw)
    }

    /// A GGUF string: a uint64 length, then that many bytes of UTF-8. Keeps at most `keep` bytes
    /// (cut on a character boundary and marked with `…`) and skips the rest.
    func string(maxLength: UInt64, keep: Int, what: @autoclosure () -> String) throws -> String {
        try cutString(maxLength: maxLength, keep: keep, what: what()).text
    }

    /// `string(maxLength:keep:what:)`, and whether it was cut.
    func cutString(maxLength: UInt64, keep: Int, what: @autoclosure () -> String) throws -> (text: String, isCut: Bool)
    {
        let length = try integer(UInt64.self)
        guard length <= maxLength else {
            throw WeightsHeaderProblem.corrupt(
                "\(what()) is \(length) bytes long, more than the \(maxLength) a reader accepts")
        }
        try admit(length)
        let kept = Int(min(length, UInt64(max(0, keep))))
        let text = try bytes(kept)
        try skip(length - UInt64(kept))
        let isCut = UInt64(kept) < length
        return (isCut ? TextCut.decodeCut(text) + "…" : String(decoding: text, as: UTF8.self), isCut)
    }

    /// Fails unless `count` more bytes fit in the entry and in the budget.
    func admit(_ count: UInt64) throws {
        let budgetLeft = headerBudget - min(headerBudget, offset)
        guard count <= budgetLeft else {
            throw WeightsHeaderProblem.corrupt("the header is larger than the \(headerBudget) bytes a reader accepts")
        }
        if let entrySize, count > entrySize - min(entrySize, offset) {
            throw truncated(at: entrySize)
        }
    }

    /// Makes sure `count` unconsumed bytes are in the buffer.
    private func ensureBuffered(_ count: Int) throws {
        try admit(UInt64(count))
        guard buffer.count - position < count else { return }
        buffer.removeFirst(position)
        position = 0
        while buffer.count < count {
            let chunk = try stream.read(max(count - buffer.count, Self.chunkSize))
            guard !chunk.isEmpty else { throw truncated(at: offset + UInt64(buffer.count)) }
            buffer.append(contentsOf: chunk)
        }
    }

    private func consume(_ count: Int) {
        position += count
        offset += UInt64(count)
    }

    private func truncated(at end: UInt64) -> WeightsHeaderProblem {
        .corrupt("the file ends at byte \(end), inside its header")
    }
}
