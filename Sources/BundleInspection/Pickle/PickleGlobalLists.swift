/// Which names of a module a rule covers.
enum PickleNameRule {
    /// Every name, and every submodule.
    case everything
    /// These names (a dotted name such as `Profile.run` also covers what lies below it).
    case names(Set<String>)
}

/// The globals a pickle may import, as clearance judges them. At least as strict as the
/// picklescan project's lists; anything on neither list is unknown.
enum PickleGlobalLists {
    /// Globals that only rebuild tensors, storages and plain containers.
    static let safe: [String: Set<String>] = [
        "torch": torchStorages.union(torchDtypes).union(["Size", "device", "dtype", "memory_format", "layout"]),
        "torch._utils": [
            "_rebuild_tensor", "_rebuild_tensor_v2", "_rebuild_tensor_v3", "_rebuild_parameter",
            "_rebuild_parameter_with_state", "_rebuild_qtensor", "_rebuild_sparse_tensor",
            "_rebuild_meta_tensor_no_storage", "_rebuild_wrapper_subclass",
        ],
        "torch._tensor": ["_rebuild_from_type_v2"],
        "torch.storage": ["UntypedStorage", "TypedStorage"],
        "collections": ["OrderedDict"],
        "builtins": plainBuiltins,
        "__builtin__": plainBuiltins,
        "_codecs": ["encode"],
        "numpy": ["dtype", "ndarray"],
        "numpy.core.multiarray": ["_reconstruct", "scalar"],
        "numpy._core.multiarray": ["_reconstruct", "scalar"],
    ]

    /// Globals that execute code, start processes, touch files or the network, or load further pickles.
    static let dangerous: [String: PickleNameRule] = [
        "builtins": .names(dangerousBuiltins),
        "__builtin__": .names(dangerousBuiltins),
        "exceptions": .names(dangerousBuiltins),
        // Processes, the interpreter and the operating system.
        "os": .everything, "posix": .everything, "nt": .everything, "subprocess": .everything,
        "_posixsubprocess": .everything, "commands": .everything, "pty": .everything, "sys": .everything,
        "signal": .everything, "multiprocessing": .everything, "threading": .everything, "_thread": .everything,
        "thread": .everything, "asyncio": .everything, "ctypes": .everything, "_ctypes": .everything,
        "platform": .everything, "site": .everything, "_osx_support": .everything, "_aix_support": .everything,
        // Running or compiling code.
        "runpy": .everything, "importlib": .everything, "zipimport": .everything, "pkgutil": .everything,
        "code": .everything, "codeop": .everything, "marshal": .everything, "pickle": .everything,
        "_pickle": .everything, "cPickle": .everything, "cloudpickle": .everything, "dill": .everything,
        "shelve": .everything, "bdb": .everything, "pdb": .everything, "trace": .everything,
        "profile": .everything, "cProfile": .everything, "timeit": .everything, "pydoc": .everything,
        "doctest": .everything, "test": .everything, "idlelib": .everything, "lib2to3": .everything,
        "_pyrepl": .everything, "distutils": .everything, "pip": .everything, "ensurepip": .everything,
        "venv": .everything,
        // Files.
        "shutil": .everything, "tempfile": .everything,
        "io": .names(["FileIO", "open", "open_code"]), "_io": .names(["FileIO", "open", "open_code"]),
        "logging": .names(["FileHandler"]), "logging.handlers": .everything, "logging.config": .everything,
        // The network.
        "socket": .everything, "socketserver": .everything, "SocketServer": .everything, "ssl": .everything,
        "http": .everything, "httplib": .everything, "BaseHTTPServer": .everything,
        "SimpleHTTPServer": .everything, "CGIHTTPServer": .everything, "urllib": .everything,
        "urllib2": .everything, "requests": .everything, "aiohttp": .everything, "ftplib": .everything,
        "smtplib": .everything, "telnetlib": .everything, "imaplib": .everything, "poplib": .everything,
        "nntplib": .everything, "xmlrpc": .everything, "xmlrpclib": .everything, "webbrowser": .everything,
        "uuid": .everything,
        // Indirect calls and code objects.
        "types": .names(["CodeType", "FunctionType", "LambdaType", "MethodType"]),
        "functools": .names(["partial", "partialmethod", "reduce"]),
        "_functools": .names(["partial", "reduce"]),
        "operator": .names(["attrgetter", "itemgetter", "methodcaller"]),
        "_operator": .names(["attrgetter", "itemgetter", "methodcaller"]),
        // Libraries with loaders or evaluators.
        "numpy": .names(["load"]),
        "numpy.lib.npyio": .names(["load"]),
        "numpy.f2py": .everything,
        "numpy.testing": .everything,
        "numpy.distutils": .everything,
        "pandas": .names(["read_pickle"]),
        "pandas.io.pickle": .everything,
        "torch": .names(["load", "save"]),
        "torch.hub": .everything,
        "torch.serialization": .names(["load", "_load", "_legacy_load", "save"]),
        "torch.storage": .names(["_load_from_bytes"]),
        "torch._dynamo": .everything,
        "torch._inductor.codecache": .everything,
        "torch.fx.experimental.symbolic_shapes": .names(["ShapeEnv.evaluate_guards_expression"]),
        "torch.jit.unsupported_tensor_ops": .everything,
        "torch.utils._config_module": .everything,
        "torch.utils.bottleneck": .everything,
        "torch.utils.collect_env": .everything,
        "torch.utils.cpp_extension": .everything,
        "torch.utils.data.datapipes.utils.decoder": .everything,
    ]

    /// Attribute names that make a dotted global name dangerous (`torch` + `_utils.os.system`).
    static let dangerousPathComponents: Set<String> = [
        "os", "posix", "nt", "sys", "subprocess", "builtins", "__builtin__", "pty", "socket", "shutil",
        "runpy", "importlib", "pickle", "_pickle", "marshal", "ctypes",
    ]

    /// Container and number types (protocols 0 to 2 name the module `__builtin__`).
    private static let plainBuiltins: Set<String> = [
        "set", "frozenset", "bytearray", "bytes", "slice", "complex", "range", "int", "float", "bool", "str", "list",
        "dict", "tuple",
    ]

    private static let dangerousBuiltins: Set<String> = [
        "eval", "exec", "execfile", "compile", "getattr", "setattr", "delattr", "apply", "open", "file",
        "breakpoint", "__import__", "input", "raw_input", "globals", "locals", "vars", "reload",
    ]

    private static let torchStorages: Set<String> = [
        "LongStorage", "FloatStorage", "HalfStorage", "DoubleStorage", "BFloat16Storage", "BoolStorage",
        "CharStorage", "ShortStorage", "IntStorage", "ByteStorage", "ComplexFloatStorage",
        "ComplexDoubleStorage", "QUInt2x4Storage", "QUInt4x2Storage", "QInt32Storage", "QInt8Storage",
        "QUInt8Storage", "UntypedStorage", "TypedStorage",
    ]

    private static let torchDtypes: Set<String> = [
        "float16", "float32", "float64", "bfloat16", "half", "float", "double", "int8", "int16", "int32",
        "int64", "uint8", "uint16", "uint32", "uint64", "bool", "complex32", "complex64", "complex128",
        "float8_e4m3fn", "float8_e4m3fnuz", "float8_e5m2", "float8_e5m2fnuz", "qint8", "quint8", "qint32",
        "quint4x2", "quint2x4",
    ]
}
