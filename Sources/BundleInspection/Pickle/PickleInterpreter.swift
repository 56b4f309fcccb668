import Foundation

/// Follows one pickle opcode by opcode without executing anything. It emulates just enough of
/// the unpickler's stack and memo to see which globals are imported and which are called.
struct PickleInterpreter {
    private let arguments: PickleArgumentReader
    private let limits: PickleScanLimits
    /// The unpickler's stack, as far as it is followed.
    var stack: PickleStack
    private var memo: PickleMemo
    /// The globals this pickle imports.
    var collector: PickleGlobalCollector
    /// The version PROTO declared, if any.
    private(set) var protocolVersion: Int?
    /// Opcodes read so far.
    private(set) var opcodeCount = 0
    /// Where the opcode being read starts.
    private(set) var opcodeOffset: UInt64 = 0

    init(reader: PickleByteReader, limits: PickleScanLimits) {
        arguments = PickleArgumentReader(reader: reader, limits: limits)
        self.limits = limits
        stack = PickleStack(limits: limits)
        memo = PickleMemo(limits: limits)
        collector = PickleGlobalCollector(limits: limits)
    }

    /// Reads opcodes up to and including STOP. Throws a `PickleFault` for a malformed stream, and
    /// rethrows what reading the entry throws.
    mutating func run() throws {
        let reader = arguments.reader
        while true {
            opcodeOffset = reader.offset
            guard let byte = try reader.nextByte() else { throw PickleFault.truncated(opcode: nil) }
            guard let opcode = PickleOpcode(rawValue: byte) else { throw PickleFault.unknownOpcode(byte) }
            opcodeCount += 1
            let argument = try arguments.read(for: opcode)
            if try step(opcode, argument) { return }
            guard reader.scannedBytes <= limits.maxScannedBytes else {
                throw PickleFault.scanLimitReached(bytes: limits.maxScannedBytes)
            }
        }
    }

    /// Applies one opcode; true at STOP.
    private mutating func step(_ opcode: PickleOpcode, _ argument: PickleArgumentValue) throws(PickleFault) -> Bool {
        switch opcode {
        case .stop:
            _ = try stack.pop(for: opcode)
            return true
        case .mark: try stack.pushMark()
        case .pop: try stack.popValueOrMark()
        case .popMark: _ = try stack.popMark(for: opcode)
        case .dup: try stack.push(try stack.top(for: opcode))
        case .proto: try declareProtocol(argument)
        case .frame: break
        case .readonlyBuffer: _ = try stack.top(for: opcode)
        case .string, .unicode, .binstring, .shortBinstring, .binunicode, .shortBinunicode, .binunicode8:
            try stack.push(try text(of: opcode, argument))
        case .float, .int, .long, .none, .binfloat, .binint, .binint1, .binint2, .newtrue, .newfalse, .long1,
            .long4, .binbytes, .shortBinbytes, .binbytes8, .bytearray8, .emptyList, .emptyDict, .emptyTuple,
            .emptySet, .nextBuffer, .persid:
            try stack.push(.opaque)
        case .binpersid, .tuple1:
            try replace(count: 1, for: opcode)
        case .tuple2: try replace(count: 2, for: opcode)
        case .tuple3: try replace(count: 3, for: opcode)
        case .append: _ = try stack.pop(for: opcode)
        case .setitem: try drop(count: 2, for: opcode)
        case .appends, .setitems, .additems: _ = try stack.popMark(for: opcode)
        case .list, .dict, .tuple, .frozenset:
            _ = try stack.popMark(for: opcode)
            try stack.push(.opaque)
        case .global, .inst, .stackGlobal, .ext1, .ext2, .ext4:
            try importGlobal(opcode, argument)
        case .reduce, .newobj, .newobjEx, .obj, .build:
            try invoke(opcode)
        case .get, .binget, .longBinget:
            try stack.push(try memo.value(at: try memoKey(opcode, argument)))
        case .put, .binput, .longBinput:
            try memo.store(try stack.top(for: opcode), at: try memoKey(opcode, argument))
        case .memoize:
            try memo.memoize(try stack.top(for: opcode))
        }
        return false
    }

    private mutating func declareProtocol(_ argument: PickleArgumentValue) throws(PickleFault) {
        guard case .number(let version) = argument else { throw .invalidArgument(opcode: PickleOpcode.proto.name) }
        guard version <= 5 else { throw .unsupportedProtocol(Int(version)) }
        protocolVersion = protocolVersion ?? Int(version)
    }

    private mutating func replace(count: Int, for opcode: PickleOpcode) throws(PickleFault) {
        try drop(count: count, for: opcode)
        try stack.push(.opaque)
    }

    private mutating func drop(count: Int, for opcode: PickleOpcode) throws(PickleFault) {
        for _ in 0..<count { _ = try stack.pop(for: opcode) }
    }

    private func memoKey(_ opcode: PickleOpcode, _ argument: PickleArgumentValue) throws(PickleFault) -> Int {
        switch argument {
        case .number(let key):
            return Int(key)
        case .line(let line) where !line.isCut:
            guard let key = Int(line.text.trimmingCharacters(in: .whitespaces)), key >= 0 else {
                throw .invalidArgument(opcode: opcode.name)
            }
            return key
        default:
            throw .invalidArgument(opcode: opcode.name)
        }
    }
}
