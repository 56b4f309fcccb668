/// An opcode's argument as read from the stream.
enum PickleArgumentValue {
    case none
    /// A fixed-width little-endian number.
    case number(UInt64)
    /// A protocol-0 text argument.
    case line(PickleLine)
    /// `GLOBAL` and `INST`: module and name.
    case linePair(PickleLine, PickleLine)
    /// Counted bytes, kept only for strings short enough to name a global; nil when skipped.
    case payload([UInt8]?)
}

/// Reads opcode arguments, capping every declared length before it is trusted.
struct PickleArgumentReader {
    let reader: PickleByteReader
    let limits: PickleScanLimits

    /// The argument of `opcode`, consumed.
    func read(for opcode: PickleOpcode) throws -> PickleArgumentValue {
        switch opcode.argument {
        case .none:
            return .none
        case .fixed(let width):
            return .number(try number(width: width, for: opcode))
        case .line:
            return .line(try line(for: opcode))
        case .linePair:
            return .linePair(try line(for: opcode), try line(for: opcode))
        case .counted(let width, let signed):
            let length = try number(width: width, for: opcode)
            if signed, length & (1 << UInt64(width * 8 - 1)) != 0 {
                throw PickleFault.invalidArgument(opcode: opcode.name)
            }
            return .payload(try payload(length: length, for: opcode))
        }
    }

    private func number(width: Int, for opcode: PickleOpcode) throws -> UInt64 {
        guard let bytes = try reader.bytes(width) else { throw PickleFault.truncated(opcode: opcode.name) }
        return bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    private func line(for opcode: PickleOpcode) throws -> PickleLine {
        let budget = limits.maxScannedBytes - min(reader.scannedBytes, limits.maxScannedBytes)
        if let line = try reader.line(keeping: limits.maxKeptStringBytes, maxLength: budget) { return line }
        if try reader.isAtEnd() { throw PickleFault.truncated(opcode: opcode.name) }
        throw PickleFault.scanLimitReached(bytes: limits.maxScannedBytes)
    }

    private func payload(length: UInt64, for opcode: PickleOpcode) throws -> [UInt8]? {
        if Self.stringOpcodes.contains(opcode), length <= UInt64(limits.maxKeptStringBytes) {
            guard let bytes = try reader.bytes(Int(length)) else { throw PickleFault.truncated(opcode: opcode.name) }
            return bytes
        }
        guard try reader.skip(length) else { throw PickleFault.truncated(opcode: opcode.name) }
        return nil
    }

    private static let stringOpcodes: Set<PickleOpcode> = [
        .binstring, .shortBinstring, .binunicode, .shortBinunicode, .binunicode8,
    ]
}
