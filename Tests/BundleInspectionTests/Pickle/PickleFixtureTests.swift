import BundleModel
import Testing

@testable import BundleInspection

/// The committed fixtures written by `dev/fixtures/make_pickle_fixtures.py`.
@Suite struct PickleFixtureTests {
    static let stateDictGlobals = [
        "collections.OrderedDict", "torch._utils._rebuild_tensor_v2", "torch.FloatStorage",
        "torch._utils._rebuild_parameter", "torch.HalfStorage",
    ]

    @Test(arguments: ["protocol2_state_dict.pkl", "protocol4_state_dict.pkl"])
    func stateDictImportsOnlySafeGlobals(fixture: String) throws {
        let outcome = try PickleScanning.scan(try Fixtures.pickle(fixture))
        #expect(outcome.fault == nil)
        #expect(outcome.pickleCount == 1)
        #expect(PickleScanning.names(outcome) == Self.stateDictGlobals)
        #expect(outcome.globals.allSatisfy { $0.safety == .safe })
        #expect(PickleScanDefects.defects(for: outcome, path: fixture).isEmpty)
    }

    @Test func protocol4ResolvesMemoizedModuleNames() throws {
        let outcome = try PickleScanning.scan(try Fixtures.pickle("protocol4_state_dict.pkl"))
        #expect(outcome.protocolVersion == 4)
        #expect(outcome.globals.allSatisfy { $0.opcode == "STACK_GLOBAL" })
        let parameter = try #require(outcome.globals.first { $0.name == "_rebuild_parameter" })
        #expect(parameter.module == "torch._utils")
        #expect(parameter.invokedBy == ["REDUCE"])
    }

    @Test func protocol5SkipsByteArraysAndFrames() throws {
        let outcome = try PickleScanning.scan(try Fixtures.pickle("protocol5_checkpoint.pkl"))
        #expect(outcome.fault == nil)
        #expect(outcome.protocolVersion == 5)
        #expect(PickleScanning.names(outcome) == Self.stateDictGlobals)
    }

    @Test func legacyTorchSaveReadsFivePicklesThenStopsAtTensorBytes() throws {
        let outcome = try PickleScanning.scan(try Fixtures.pickle("legacy_torch_save.bin"))
        #expect(outcome.fault == nil)
        #expect(outcome.pickleCount == 5)
        #expect(outcome.scan.isComplete)
        #expect(PickleScanning.names(outcome) == Self.stateDictGlobals)
    }

    @Test(arguments: [
        ("malicious_os_system.pkl", "posix.system", "GLOBAL"),
        ("malicious_os_system_protocol4.pkl", "posix.system", "STACK_GLOBAL"),
        ("malicious_builtins_eval.pkl", "builtins.eval", "GLOBAL"),
        ("malicious_subprocess_popen.pkl", "subprocess.Popen", "GLOBAL"),
        ("malicious_commands_popen.pkl", "commands.Popen", "GLOBAL"),
    ])
    func reduceOfADangerousGlobalIsReported(fixture: String, global: String, opcode: String) throws {
        let outcome = try PickleScanning.scan(try Fixtures.pickle(fixture))
        let found = try #require(outcome.globals.first)
        #expect(found.qualifiedName == global)
        #expect(found.opcode == opcode)
        #expect(found.safety == .dangerous)
        #expect(found.invokedBy == ["REDUCE"])
        let defects = PickleScanDefects.defects(for: outcome, path: fixture)
        #expect(defects.map(\.kind) == [.dangerousPickleGlobal])
        #expect(defects.first?.message.contains(global) == true)
        #expect(defects.first?.message.contains(fixture) == false)
    }

    @Test func instImportsAndInstantiates() throws {
        let outcome = try PickleScanning.scan(try Fixtures.pickle("malicious_inst.pkl"))
        #expect(outcome.fault == nil)
        #expect(
            outcome.globals == [
                PickleGlobal(module: "os", name: "system", opcode: "INST", safety: .dangerous, invokedBy: ["INST"])
            ])
    }

    @Test func unlistedClassIsUnknown() throws {
        let outcome = try PickleScanning.scan(try Fixtures.pickle("training_args.bin"))
        #expect(outcome.globals.map(\.safety) == [.unknown])
        #expect(
            PickleScanDefects.defects(for: outcome, path: "training_args.bin").map(\.kind) == [.unknownPickleGlobal])
    }
}
