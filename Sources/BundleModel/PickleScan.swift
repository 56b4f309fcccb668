/// What a static scan of a pickle found, without executing anything.
public struct PickleScan: Codable, Sendable, Equatable {
    /// The pickle protocol declared by the PROTO opcode, if any.
    public var protocolVersion: Int?
    /// Every global the pickle imports or calls, once each, in order of first appearance.
    public var globals: [PickleGlobal]
    /// Opcodes read.
    public var opcodeCount: Int
    /// The scan reached STOP; false when the stream was cut off, malformed, or too long to scan to the end.
    public var isComplete: Bool
    /// How many pickles were read back to back (a legacy `torch.save` file holds five, then raw tensor bytes).
    public var pickleCount: Int?

    public init(
        protocolVersion: Int?, globals: [PickleGlobal], opcodeCount: Int, isComplete: Bool, pickleCount: Int? = nil
    ) {
        self.protocolVersion = protocolVersion
        self.globals = globals
        self.opcodeCount = opcodeCount
        self.isComplete = isComplete
        self.pickleCount = pickleCount
    }

    /// The globals classified as dangerous.
    public var dangerous: [PickleGlobal] { globals.filter { $0.safety == .dangerous } }
}

/// One imported global of a pickle: `module.name` and how it was reached.
public struct PickleGlobal: Codable, Sendable, Hashable {
    public var module: String
    public var name: String
    /// The opcode that imported it (`GLOBAL`, `STACK_GLOBAL`, `INST`, `OBJ`, `REDUCE`).
    public var opcode: String
    public var safety: PickleSafety
    /// The opcodes that call or instantiate it (`REDUCE`, `NEWOBJ`, `NEWOBJ_EX`, `OBJ`, `INST`, `BUILD`), in order of
    /// first use; nil when it is only imported.
    public var invokedBy: [String]?

    public init(module: String, name: String, opcode: String, safety: PickleSafety, invokedBy: [String]? = nil) {
        self.module = module
        self.name = name
        self.opcode = opcode
        self.safety = safety
        self.invokedBy = invokedBy
    }

    /// `module.name`.
    public var qualifiedName: String { "\(module).\(name)" }
}

/// How dangerous importing a global is.
public enum PickleSafety: String, Codable, Sendable {
    case safe
    case dangerous
    case unknown
}
