import BundleModel
import Testing

@testable import BundleInspection

/// The safe and dangerous lists, judged one global at a time.
@Suite struct PickleGlobalPolicyTests {
    @Test(arguments: [
        ("torch._utils", "_rebuild_tensor_v2"), ("torch._utils", "_rebuild_parameter"), ("torch", "FloatStorage"),
        ("torch", "HalfStorage"), ("torch", "BFloat16Storage"), ("torch", "Size"), ("torch", "bfloat16"),
        ("collections", "OrderedDict"), ("numpy.core.multiarray", "_reconstruct"), ("numpy", "dtype"),
        ("numpy", "ndarray"), ("_codecs", "encode"), ("builtins", "set"), ("__builtin__", "set"),
    ])
    func safe(module: String, name: String) {
        #expect(PickleGlobalPolicy.safety(module: module, name: name) == .safe)
    }

    @Test(arguments: [
        ("os", "system"), ("posix", "system"), ("nt", "system"), ("os.path", "join"), ("subprocess", "Popen"),
        ("builtins", "eval"), ("builtins", "exec"), ("builtins", "compile"), ("builtins", "getattr"),
        ("builtins", "__import__"), ("builtins", "open"), ("__builtin__", "apply"), ("__builtin__", "breakpoint"),
        ("exceptions", "eval"), ("socket", "create_connection"), ("shutil", "rmtree"), ("sys", "modules"),
        ("runpy", "_run_code"), ("pty", "spawn"), ("importlib", "import_module"), ("webbrowser", "open"),
        ("pickle", "loads"), ("_pickle", "loads"), ("operator", "attrgetter"), ("code", "interact"),
        ("commands", "getoutput"), ("asyncio", "create_subprocess_shell"), ("bdb", "Bdb"), ("pdb", "run"),
        ("requests.api", "get"), ("aiohttp.client", "ClientSession"), ("httplib", "HTTPSConnection"),
        ("http.client", "HTTPSConnection"), ("ssl", "get_server_certificate"), ("torch.hub", "load"),
        ("torch.serialization", "load"), ("torch", "load"), ("functools", "partial"), ("types", "CodeType"),
        ("ctypes", "CDLL"), ("_io", "FileIO"), ("profile", "Profile.run"),
        ("numpy.testing._private.utils", "runstring"),
        ("torch.fx.experimental.symbolic_shapes", "ShapeEnv.evaluate_guards_expression"),
        ("torch", "_utils.os.system"), ("collections", "OrderedDict.__init__"), ("torch.storage", "_load_from_bytes"),
    ])
    func dangerous(module: String, name: String) {
        #expect(PickleGlobalPolicy.safety(module: module, name: name) == .dangerous)
    }

    @Test(arguments: [
        ("transformers.training_args", "TrainingArguments"), ("torch", "Tensor"), ("builtins", "print"),
        ("collections", "defaultdict"), ("osmium", "system"), ("copyreg", "_reconstructor"), ("numpy", "loads"),
    ])
    func unknown(module: String, name: String) {
        #expect(PickleGlobalPolicy.safety(module: module, name: name) == .unknown)
    }
}
