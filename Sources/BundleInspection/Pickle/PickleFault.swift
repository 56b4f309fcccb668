/// Why a pickle stream could not be followed to its end. It becomes a `malformedPickle` defect.
enum PickleFault: Error, Equatable {
    /// The stream ended inside an opcode or before STOP.
    case truncated(opcode: String?)
    /// A byte that is no opcode of protocols 0 to 5.
    case unknownOpcode(UInt8)
    /// PROTO names a protocol this scanner does not know.
    case unsupportedProtocol(Int)
    /// An argument that cannot be read (negative length, bad number, bad quoting).
    case invalidArgument(opcode: String)
    /// An opcode needs more values than the stack holds.
    case stackUnderflow(opcode: String)
    /// An opcode needs a MARK and there is none.
    case missingMark(opcode: String)
    /// A memo lookup of a key that was never stored.
    case missingMemoKey(Int)
    /// More nested MARKs than the limit.
    case tooDeeplyNested(limit: Int)
    /// More values on the stack than the limit.
    case stackTooLarge(limit: Int)
    /// More memo entries than the limit.
    case memoTooLarge(limit: Int)
    /// More distinct globals than the limit.
    case tooManyGlobals(limit: Int)
    /// More bytes of opcodes than the limit.
    case scanLimitReached(bytes: UInt64)
    /// More pickles back to back than the limit.
    case tooManyPickles(limit: Int)

    /// Whether the fault is a scan limit rather than broken data: what lies beyond was not checked.
    var isLimit: Bool {
        switch self {
        case .scanLimitReached, .tooManyGlobals, .tooManyPickles: true
        default: false
        }
    }

    /// One clause for a person, without the entry's path.
    var reason: String {
        switch self {
        case .truncated(let opcode?): "the stream ends inside \(opcode)"
        case .truncated(nil): "the stream ends before STOP"
        case .unknownOpcode(let byte): "byte 0x\(String(byte, radix: 16, uppercase: true)) is not a pickle opcode"
        case .unsupportedProtocol(let version): "PROTO declares unknown protocol \(version)"
        case .invalidArgument(let opcode): "\(opcode) has an unreadable argument"
        case .stackUnderflow(let opcode): "\(opcode) pops more values than the stack holds"
        case .missingMark(let opcode): "\(opcode) needs a MARK that is not there"
        case .missingMemoKey(let key): "the memo has no entry \(key)"
        case .tooDeeplyNested(let limit): "MARKs nest deeper than \(limit) levels"
        case .stackTooLarge(let limit): "the stack grows beyond \(limit) values"
        case .memoTooLarge(let limit): "the memo grows beyond \(limit) entries"
        case .tooManyGlobals(let limit): "it imports more than \(limit) distinct globals"
        case .scanLimitReached(let bytes): "it is longer than the \(bytes >> 20) MiB scanned; the rest was not checked"
        case .tooManyPickles(let limit): "more than \(limit) pickles follow one another; the rest was not checked"
        }
    }
}
