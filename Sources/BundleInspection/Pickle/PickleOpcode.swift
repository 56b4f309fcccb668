/// Every opcode of pickle protocols 0 to 5, by its byte.
enum PickleOpcode: UInt8 {
    // Protocol 0
    case mark = 0x28
    case stop = 0x2E
    case pop = 0x30
    case popMark = 0x31
    case dup = 0x32
    case float = 0x46
    case int = 0x49
    case long = 0x4C
    case none = 0x4E
    case persid = 0x50
    case reduce = 0x52
    case string = 0x53
    case unicode = 0x56
    case append = 0x61
    case build = 0x62
    case global = 0x63
    case dict = 0x64
    case get = 0x67
    case inst = 0x69
    case list = 0x6C
    case put = 0x70
    case setitem = 0x73
    case tuple = 0x74
    // Protocol 1
    case emptyTuple = 0x29
    case binfloat = 0x47
    case binint = 0x4A
    case binint1 = 0x4B
    case binint2 = 0x4D
    case binpersid = 0x51
    case binstring = 0x54
    case shortBinstring = 0x55
    case binunicode = 0x58
    case emptyList = 0x5D
    case appends = 0x65
    case binget = 0x68
    case longBinget = 0x6A
    case obj = 0x6F
    case binput = 0x71
    case longBinput = 0x72
    case setitems = 0x75
    case emptyDict = 0x7D
    // Protocol 2
    case proto = 0x80
    case newobj = 0x81
    case ext1 = 0x82
    case ext2 = 0x83
    case ext4 = 0x84
    case tuple1 = 0x85
    case tuple2 = 0x86
    case tuple3 = 0x87
    case newtrue = 0x88
    case newfalse = 0x89
    case long1 = 0x8A
    case long4 = 0x8B
    // Protocol 3
    case binbytes = 0x42
    case shortBinbytes = 0x43
    // Protocol 4
    case shortBinunicode = 0x8C
    case binunicode8 = 0x8D
    case binbytes8 = 0x8E
    case emptySet = 0x8F
    case additems = 0x90
    case frozenset = 0x91
    case newobjEx = 0x92
    case stackGlobal = 0x93
    case memoize = 0x94
    case frame = 0x95
    // Protocol 5
    case bytearray8 = 0x96
    case nextBuffer = 0x97
    case readonlyBuffer = 0x98

    /// The name `pickletools` gives the opcode.
    var name: String {
        Self.names[self] ?? "\(self)"
    }

    /// How the opcode's argument is written after it.
    var argument: PickleArgument {
        switch self {
        case .float, .int, .long, .get, .put: .line
        case .string, .unicode, .persid: .line
        case .global, .inst: .linePair
        case .binint1, .binget, .binput, .proto, .ext1: .fixed(1)
        case .binint2, .ext2: .fixed(2)
        case .binint, .longBinget, .longBinput, .ext4: .fixed(4)
        case .binfloat, .frame: .fixed(8)
        case .shortBinstring, .shortBinbytes, .shortBinunicode, .long1: .counted(width: 1, signed: false)
        case .binunicode, .binbytes: .counted(width: 4, signed: false)
        case .binstring, .long4: .counted(width: 4, signed: true)
        case .binunicode8, .binbytes8, .bytearray8: .counted(width: 8, signed: false)
        default: .none
        }
    }

    private static let names: [PickleOpcode: String] = [
        .mark: "MARK", .stop: "STOP", .pop: "POP", .popMark: "POP_MARK", .dup: "DUP", .float: "FLOAT",
        .int: "INT", .long: "LONG", .none: "NONE", .persid: "PERSID", .reduce: "REDUCE", .string: "STRING",
        .unicode: "UNICODE", .append: "APPEND", .build: "BUILD", .global: "GLOBAL", .dict: "DICT", .get: "GET",
        .inst: "INST", .list: "LIST", .put: "PUT", .setitem: "SETITEM", .tuple: "TUPLE", .emptyTuple: "EMPTY_TUPLE",
        .binfloat: "BINFLOAT", .binint: "BININT", .binint1: "BININT1", .binint2: "BININT2", .binpersid: "BINPERSID",
        .binstring: "BINSTRING", .shortBinstring: "SHORT_BINSTRING", .binunicode: "BINUNICODE",
        .emptyList: "EMPTY_LIST", .appends: "APPENDS", .binget: "BINGET", .longBinget: "LONG_BINGET", .obj: "OBJ",
        .binput: "BINPUT", .longBinput: "LONG_BINPUT", .setitems: "SETITEMS", .emptyDict: "EMPTY_DICT",
        .proto: "PROTO", .newobj: "NEWOBJ", .ext1: "EXT1", .ext2: "EXT2", .ext4: "EXT4", .tuple1: "TUPLE1",
        .tuple2: "TUPLE2", .tuple3: "TUPLE3", .newtrue: "NEWTRUE", .newfalse: "NEWFALSE", .long1: "LONG1",
        .long4: "LONG4", .binbytes: "BINBYTES", .shortBinbytes: "SHORT_BINBYTES",
        .shortBinunicode: "SHORT_BINUNICODE", .binunicode8: "BINUNICODE8", .binbytes8: "BINBYTES8",
        .emptySet: "EMPTY_SET", .additems: "ADDITEMS", .frozenset: "FROZENSET", .newobjEx: "NEWOBJ_EX",
        .stackGlobal: "STACK_GLOBAL", .memoize: "MEMOIZE", .frame: "FRAME", .bytearray8: "BYTEARRAY8",
        .nextBuffer: "NEXT_BUFFER", .readonlyBuffer: "READONLY_BUFFER",
    ]
}

/// How an opcode's argument is encoded.
enum PickleArgument {
    /// No argument.
    case none
    /// A fixed number of little-endian bytes.
    case fixed(Int)
    /// Text up to a newline (protocol 0).
    case line
    /// Two newline-terminated lines: module and name (`GLOBAL`, `INST`).
    case linePair
    /// A little-endian length of `width` bytes, then that many bytes.
    case counted(width: Int, signed: Bool)
}
