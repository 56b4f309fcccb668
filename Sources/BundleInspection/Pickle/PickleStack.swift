/// The unpickler's stack and its MARKs, as far as the scan needs them, within limits.
struct PickleStack {
    private var values: [PickleValue] = []
    /// Where each open MARK starts in `values`.
    private var marks: [Int] = []
    private let maxDepth: Int
    private let maxMarks: Int

    init(limits: PickleScanLimits) {
        maxDepth = limits.maxStackDepth
        maxMarks = limits.maxMarkDepth
    }

    /// Pushes a value.
    mutating func push(_ value: PickleValue) throws(PickleFault) {
        guard values.count < maxDepth else { throw .stackTooLarge(limit: maxDepth) }
        values.append(value)
    }

    /// Pops the top value; values below the innermost MARK cannot be reached, as in CPython.
    mutating func pop(for opcode: PickleOpcode) throws(PickleFault) -> PickleValue {
        guard values.count > (marks.last ?? 0) else { throw .stackUnderflow(opcode: opcode.name) }
        return values.removeLast()
    }

    /// The top value, left in place.
    func top(for opcode: PickleOpcode) throws(PickleFault) -> PickleValue {
        guard values.count > (marks.last ?? 0), let last = values.last else {
            throw .stackUnderflow(opcode: opcode.name)
        }
        return last
    }

    /// Opens a MARK.
    mutating func pushMark() throws(PickleFault) {
        guard marks.count < maxMarks else { throw .tooDeeplyNested(limit: maxMarks) }
        marks.append(values.count)
    }

    /// Closes the innermost MARK and returns the values pushed since it, oldest first.
    mutating func popMark(for opcode: PickleOpcode) throws(PickleFault) -> [PickleValue] {
        guard let start = marks.popLast() else { throw .missingMark(opcode: opcode.name) }
        let items = Array(values[start...])
        values.removeSubrange(start...)
        return items
    }

    /// POP: drops the top value, or the innermost MARK when nothing was pushed since it.
    mutating func popValueOrMark() throws(PickleFault) {
        if values.count > (marks.last ?? 0) {
            values.removeLast()
        } else {
            _ = try popMark(for: .pop)
        }
    }
}
