import BundleModel

/// The globals of a scan, once each in order of first appearance, with the opcodes that used them.
struct PickleGlobalCollector {
    /// What stands for a module or name that only exists at load time.
    static let computedName = "<computed>"

    private(set) var globals: [PickleGlobal] = []
    private var indexByName: [String: Int] = [:]
    private let limit: Int

    init(limits: PickleScanLimits) {
        limit = limits.maxGlobals
    }

    /// Lists `module.name` (judged by `PickleGlobalPolicy` unless `safety` is given) and returns its index.
    mutating func record(
        module: String, name: String, opcode: PickleOpcode, safety: PickleSafety? = nil
    ) throws(PickleFault) -> Int {
        try record(
            PickleGlobal(
                module: module, name: name, opcode: opcode.name,
                safety: safety ?? PickleGlobalPolicy.safety(module: module, name: name)))
    }

    /// Notes that the global at `index` is called or instantiated by `opcode`.
    mutating func noteInvocation(of index: Int, by opcode: PickleOpcode) {
        noteInvocation(of: index, byOpcodeNamed: opcode.name)
    }

    /// Adds the globals of another collector that pass `filter`, merging duplicates.
    mutating func absorb(_ other: PickleGlobalCollector, where filter: (PickleGlobal) -> Bool) throws(PickleFault) {
        for global in other.globals where filter(global) {
            let index = try record(
                PickleGlobal(module: global.module, name: global.name, opcode: global.opcode, safety: global.safety))
            for invoker in global.invokedBy ?? [] {
                noteInvocation(of: index, byOpcodeNamed: invoker)
            }
        }
    }

    private mutating func noteInvocation(of index: Int, byOpcodeNamed name: String) {
        var invokers = globals[index].invokedBy ?? []
        guard !invokers.contains(name) else { return }
        invokers.append(name)
        globals[index].invokedBy = invokers
    }

    private mutating func record(_ global: PickleGlobal) throws(PickleFault) -> Int {
        let key = global.module + "\u{0}" + global.name
        if let index = indexByName[key] { return index }
        guard globals.count < limit else { throw .tooManyGlobals(limit: limit) }
        globals.append(global)
        indexByName[key] = globals.count - 1
        return globals.count - 1
    }
}
