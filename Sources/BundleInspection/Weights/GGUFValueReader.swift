import BundleModel

/// Reads GGUF metadata values of every type, arrays included, keeping only a summary of long
/// arrays and the start of long strings, and nothing once the header's kept budget is spent.
struct GGUFValueReader {
    let cursor: GGUFCursor
    let limits: GGUFLimits
    let budget: GGUFKeptBudget

    /// A type code; an unknown one ends the reading, since its size is unknown.
    func valueType(of what: @autoclosure () -> String) throws -> GGUFValueType {
        let code = try cursor.integer(UInt32.self)
        guard let type = GGUFValueType(rawValue: code) else {
            throw WeightsHeaderProblem.corrupt("\(what()) has the unknown value type \(code)")
        }
        return type
    }

    /// One value of `type`; `depth` counts the arrays it sits in.
    func value(of type: GGUFValueType, what: @autoclosure () -> String, depth: Int = 0) throws -> GGUFValue {
        switch type {
        case .uint8: .unsigned(UInt64(try cursor.integer(UInt8.self)))
        case .int8: .integer(Int64(try cursor.integer(Int8.self)))
        case .uint16: .unsigned(UInt64(try cursor.integer(UInt16.self)))
        case .int16: .integer(Int64(try cursor.integer(Int16.self)))
        case .uint32: .unsigned(UInt64(try cursor.integer(UInt32.self)))
        case .int32: .integer(Int64(try cursor.integer(Int32.self)))
        case .uint64: .unsigned(try cursor.integer(UInt64.self))
        case .int64: .integer(try cursor.integer(Int64.self))
        case .float32: Self.float(Double(Float(bitPattern: try cursor.integer(UInt32.self))))
        case .float64: Self.float(Double(bitPattern: try cursor.integer(UInt64.self)))
        case .bool: .bool(try cursor.integer(UInt8.self) != 0)
        case .string: .string(try keptString(what: what()))
        case .array: try array(what: what, depth: depth + 1)
        }
    }

    /// An array: its element type and count, its first elements, the rest skipped.
    private func array(what: () -> String, depth: Int) throws -> GGUFValue {
        guard depth <= limits.maxArrayNesting else {
            throw WeightsHeaderProblem.corrupt("\(what()) nests arrays more than \(limits.maxArrayNesting) deep")
        }
        let elementType = try valueType(of: what())
        let count = try cursor.integer(UInt64.self)
        guard let needed = count.multipliedOrNil(by: elementType.minimalSize), needed <= cursor.bytesLeft else {
            throw WeightsHeaderProblem.corrupt(
                "\(what()) is an array of \(count) \(elementType.name) values, more than the rest of the header can hold"
            )
        }
        let kept = min(count, UInt64(limits.keptArrayElements))
        var head: [GGUFValue] = []
        while UInt64(head.count) < kept, !budget.isSpent {
            head.append(try value(of: elementType, what: what(), depth: depth))
            budget.charge(GGUFKeptBudget.valueCost)
        }
        try skipElements(count - UInt64(head.count), of: elementType, what: what, depth: depth)
        return .array(elementType: elementType.name, count: count, head: head)
    }

    /// A string value, kept as far as the budget allows.
    private func keptString(what: @autoclosure () -> String) throws -> String {
        let text = try cursor.string(
            maxLength: limits.maxStringLength, keep: min(limits.keptStringBytes, budget.remaining), what: what())
        budget.charge(text.utf8.count)
        return text
    }

    /// Skips `count` elements without keeping them; fixed-size ones in a single step.
    private func skipElements(_ count: UInt64, of type: GGUFValueType, what: () -> String, depth: Int) throws {
        if let size = type.fixedSize {
            try cursor.skip(count * size)
            return
        }
        for _ in 0..<count {
            switch type {
            case .string: _ = try cursor.string(maxLength: limits.maxStringLength, keep: 0, what: what())
            default: _ = try array(what: what, depth: depth + 1)
            }
        }
    }

    /// Non-finite floats become strings, so that reports stay valid JSON.
    private static func float(_ value: Double) -> GGUFValue {
        if value.isFinite { return .float(value) }
        if value.isNaN { return .string("nan") }
        return .string(value < 0 ? "-inf" : "inf")
    }
}
