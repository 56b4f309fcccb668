@testable import BundleInspection

/// Writes pickle opcodes by hand, for tests that need streams no pickler would write.
final class PickleBuilder {
    private(set) var bytes: [UInt8] = []

    /// An opcode followed by raw argument bytes.
    @discardableResult
    func op(_ opcode: PickleOpcode, _ argument: [UInt8] = []) -> PickleBuilder {
        bytes.append(opcode.rawValue)
        bytes += argument
        return self
    }

    /// A protocol-0 opcode with newline-terminated text arguments.
    @discardableResult
    func op(_ opcode: PickleOpcode, lines: String...) -> PickleBuilder {
        op(opcode, lines.flatMap { Array($0.utf8) + [0x0A] })
    }

    /// SHORT_BINUNICODE.
    @discardableResult
    func shortText(_ text: String) -> PickleBuilder {
        op(.shortBinunicode, [UInt8(text.utf8.count)] + Array(text.utf8))
    }

    /// A little-endian unsigned number of `width` bytes.
    static func littleEndian(_ value: UInt64, width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }
}
