/// Reads a pickle stream front to back, in blocks, and counts what it consumed. Lengths read
/// from the stream are never used to allocate: long payloads are skipped.
final class PickleByteReader {
    /// How many bytes one refill asks the source for.
    private static let blockSize = 64 << 10

    private let content: any PickleByteSource
    private let declaredSize: UInt64?
    private var block: [UInt8] = []
    private var index = 0
    private var reachedEnd = false
    /// Bytes consumed so far, skipped payloads included.
    private(set) var offset: UInt64 = 0
    /// Bytes consumed by `skip`, which cost no parsing.
    private(set) var skippedBytes: UInt64 = 0

    /// A reader over `content`; `declaredSize`, when the container knows it, lets an oversized
    /// length be rejected without reading up to it.
    init(content: any PickleByteSource, declaredSize: UInt64?) {
        self.content = content
        self.declaredSize = declaredSize
    }

    /// Bytes read and parsed (everything but skipped payloads).
    var scannedBytes: UInt64 { offset - skippedBytes }

    /// Whether the stream has no byte left.
    func isAtEnd() throws -> Bool {
        try refillIfNeeded()
        return index >= block.count
    }

    /// The next byte, or nil at the end of the stream.
    func nextByte() throws -> UInt8? {
        try refillIfNeeded()
        guard index < block.count else { return nil }
        defer {
            index += 1
            offset += 1
        }
        return block[index]
    }

    /// Exactly `count` bytes (a small, fixed count chosen by the caller), or nil when the stream ends first.
    func bytes(_ count: Int) throws -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(count)
        while result.count < count {
            try refillIfNeeded()
            guard index < block.count else { return nil }
            let taken = min(count - result.count, block.count - index)
            result.append(contentsOf: block[index..<index + taken])
            index += taken
            offset += UInt64(taken)
        }
        return result
    }

    /// Consumes `count` bytes without keeping them; false when fewer are left.
    func skip(_ count: UInt64) throws -> Bool {
        if let declaredSize, count > declaredSize - min(offset, declaredSize) { return false }
        var left = count
        let buffered = UInt64(block.count - index)
        let fromBuffer = min(buffered, left)
        index += Int(fromBuffer)
        left -= fromBuffer
        if left > 0 {
            left -= try content.skip(left)
        }
        let consumed = count - left
        offset += consumed
        skippedBytes += consumed
        return left == 0
    }

    /// The bytes up to the next newline (consumed with it), keeping at most `keep` of them;
    /// nil when the stream ends first or the line runs past `maxLength` bytes.
    func line(keeping keep: Int, maxLength: UInt64) throws -> PickleLine? {
        var kept: [UInt8] = []
        var length: UInt64 = 0
        while let byte = try nextByte() {
            if byte == 0x0A { return PickleLine(bytes: kept, length: length) }
            length += 1
            guard length <= maxLength else { return nil }
            if kept.count < keep { kept.append(byte) }
        }
        return nil
    }

    private func refillIfNeeded() throws {
        guard index >= block.count, !reachedEnd else { return }
        block = try content.read(Self.blockSize)
        index = 0
        if block.isEmpty { reachedEnd = true }
    }
}

/// One newline-terminated argument of a protocol-0 opcode.
struct PickleLine {
    /// The first bytes of the line, without the newline.
    var bytes: [UInt8]
    /// The full length of the line, without the newline.
    var length: UInt64

    /// The line was longer than what was kept.
    var isCut: Bool { length > UInt64(bytes.count) }

    /// The kept bytes as UTF-8 text (invalid sequences replaced).
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
