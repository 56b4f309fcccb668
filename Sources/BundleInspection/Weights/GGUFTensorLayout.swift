/// What the tensor infos of a GGUF file say about its data section, read the way llama.cpp
/// checks them: each tensor starts where the previous one ends, padded to the alignment.
struct GGUFTensorLayout {
    /// ggml's most dimensions per tensor.
    static let maxDimensions: UInt32 = 4

    /// Tensors per type name.
    var typeCounts: [String: Int] = [:]
    /// Sum of element counts; nil when it overflows.
    var parameterCount: UInt64? = 0
    /// Bytes from the start of the data section to the end of the last tensor, without and with
    /// its padding; nil when a type is unknown or the offsets are inconsistent.
    var dataEnd: (unpadded: UInt64, padded: UInt64)? = (0, 0)
    /// Inconsistencies that do not stop the reading.
    var problems: [WeightsHeaderProblem] = []

    /// Reads `count` tensor infos at the cursor.
    static func read(
        count: UInt64, alignment: UInt64, cursor: GGUFCursor, limits: GGUFLimits
    ) throws -> GGUFTensorLayout {
        var layout = GGUFTensorLayout()
        for _ in 0..<count {
            try layout.readTensorInfo(alignment: alignment, cursor: cursor, limits: limits)
        }
        return layout
    }

    private mutating func readTensorInfo(alignment: UInt64, cursor: GGUFCursor, limits: GGUFLimits) throws {
        let name = try cursor.string(
            maxLength: limits.maxKeyLength, keep: MessageText.maxNameLength + 1, what: "a tensor name")
        let dimensionCount = try cursor.integer(UInt32.self)
        guard dimensionCount <= Self.maxDimensions else {
            throw WeightsHeaderProblem.corrupt(
                "tensor \(MessageText.quoted(name)) has \(dimensionCount) dimensions; ggml allows at most \(Self.maxDimensions)"
            )
        }
        var dimensions: [UInt64] = []
        for _ in 0..<dimensionCount {
            dimensions.append(try cursor.integer(UInt64.self))
        }
        let typeCode = try cursor.integer(UInt32.self)
        let offset = try cursor.integer(UInt64.self)
        typeCounts[GGMLTensorType.name(ofCode: typeCode), default: 0] += 1
        let elements = dimensions.checkedProduct
        if let count = parameterCount, let elements {
            parameterCount = count.addingOrNil(elements)
        } else {
            parameterCount = nil
        }
        guard let previous = dataEnd else { return }
        dataEnd = nil
        guard let type = GGMLTensorType.withCode(typeCode) else { return }
        guard let elements, let bytes = type.byteCount(elements: elements, rowLength: dimensions.first ?? 1) else {
            problems.append(
                .corrupt("tensor \(MessageText.quoted(name)) has a shape that does not fit its type \(type.name)"))
            return
        }
        guard offset == previous.padded else {
            problems.append(
                .corrupt(
                    "tensor \(MessageText.quoted(name)) starts at offset \(offset) of the data section, but the tensors before it end at \(previous.padded)"
                ))
            return
        }
        guard let end = offset.addingOrNil(bytes), let padded = end.alignedUpOrNil(to: alignment) else {
            problems.append(.corrupt("tensor \(MessageText.quoted(name)) ends beyond what 64 bits can count"))
            return
        }
        dataEnd = (end, padded)
    }
}
