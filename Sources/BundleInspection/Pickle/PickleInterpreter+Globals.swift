/// The opcodes that import, call or instantiate globals.
extension PickleInterpreter {
    /// GLOBAL, INST, STACK_GLOBAL and EXT1/2/4: lists the global and pushes it (or, for INST, its instance).
    mutating func importGlobal(_ opcode: PickleOpcode, _ argument: PickleArgumentValue) throws(PickleFault) {
        switch (opcode, argument) {
        case (.global, .linePair(let module, let name)):
            try stack.push(
                .global(try collector.record(module: Self.name(module), name: Self.name(name), opcode: opcode)))
        case (.inst, .linePair(let module, let name)):
            let index = try collector.record(module: Self.name(module), name: Self.name(name), opcode: opcode)
            _ = try stack.popMark(for: opcode)
            collector.noteInvocation(of: index, by: opcode)
            try stack.push(.made(by: index))
        case (.stackGlobal, _):
            let name = try stack.pop(for: opcode)
            let module = try stack.pop(for: opcode)
            try stack.push(.global(try stackGlobal(module: module, name: name)))
        case (.ext1, .number(let code)), (.ext2, .number(let code)), (.ext4, .number(let code)):
            let index = try collector.record(
                module: "<copyreg extension>", name: String(code), opcode: opcode, safety: .unknown)
            try stack.push(.global(index))
        default:
            throw .invalidArgument(opcode: opcode.name)
        }
    }

    /// REDUCE, NEWOBJ, NEWOBJ_EX, OBJ and BUILD: notes which global is called or instantiated.
    mutating func invoke(_ opcode: PickleOpcode) throws(PickleFault) {
        let callable: PickleValue
        switch opcode {
        case .reduce, .newobj:
            _ = try stack.pop(for: opcode)
            callable = try stack.pop(for: opcode)
        case .newobjEx:
            _ = try stack.pop(for: opcode)
            _ = try stack.pop(for: opcode)
            callable = try stack.pop(for: opcode)
        case .obj:
            guard let first = try stack.popMark(for: opcode).first else { throw .stackUnderflow(opcode: opcode.name) }
            callable = first
        default:
            _ = try stack.pop(for: opcode)
            if let index = try stack.top(for: opcode).globalIndex { collector.noteInvocation(of: index, by: opcode) }
            return
        }
        guard case .global(let index) = callable else {
            try stack.push(.opaque)
            return
        }
        collector.noteInvocation(of: index, by: opcode)
        try stack.push(.made(by: index))
    }

    /// A STACK_GLOBAL whose strings could not be followed is treated as dangerous: its target is only known at load time.
    private mutating func stackGlobal(module: PickleValue, name: PickleValue) throws(PickleFault) -> Int {
        if case .text(let moduleText) = module, case .text(let nameText) = name {
            return try collector.record(module: moduleText, name: nameText, opcode: .stackGlobal)
        }
        let moduleText = if case .text(let text) = module { text } else { PickleGlobalCollector.computedName }
        let nameText = if case .text(let text) = name { text } else { PickleGlobalCollector.computedName }
        return try collector.record(module: moduleText, name: nameText, opcode: .stackGlobal, safety: .dangerous)
    }

    /// A string opcode's value: kept as text when short enough to name a global.
    func text(of opcode: PickleOpcode, _ argument: PickleArgumentValue) throws(PickleFault) -> PickleValue {
        switch argument {
        case .payload(let bytes?):
            return .text(String(decoding: bytes, as: UTF8.self))
        case .payload(nil):
            return .opaque
        case .line(let line) where line.isCut:
            return .opaque
        case .line(let line) where opcode == .unicode:
            return .text(PickleTextDecoding.rawUnicodeEscape(line.bytes))
        case .line(let line):
            guard let text = PickleTextDecoding.quotedString(line.bytes) else {
                throw .invalidArgument(opcode: opcode.name)
            }
            return .text(text)
        default:
            throw .invalidArgument(opcode: opcode.name)
        }
    }

    /// A GLOBAL or INST line as a name; a cut line is marked so it cannot match a listed global.
    private static func name(_ line: PickleLine) -> String {
        line.isCut ? line.text + "…" : line.text
    }
}
