import ArchiveIO
import BundleModel

/// Reads the header of a GGUF v2 or v3 file: counts, every key-value, the tensor infos, and
/// whether the data section they describe ends where the file ends. Tensor data is not read.
enum GGUFReader {
    static let magic = Array("GGUF".utf8)
    static let supportedVersions: ClosedRange<UInt32> = 2...3
    static let defaultAlignment: UInt64 = 32
    /// Fewest bytes one key-value takes: key length, value type, a one-byte value.
    static let minimalKeyValueSize: UInt64 = 13
    /// Fewest bytes one tensor info takes: name length, dimension count, type, offset.
    static let minimalTensorInfoSize: UInt64 = 24

    /// The entry's header as metadata, its problems as defects.
    static func analyze(_ entry: BundleEntry) throws -> EntryAnalysis {
        try read(entry.content, declaredSize: entry.header.declaredSize).analysis(at: entry.path, storedAt: \.gguf)
    }

    /// Reads the header from `stream`. Throws only when the stream itself fails.
    ///
    /// - Parameter declaredSize: the entry's size, when the container declares it; otherwise the
    ///   rest of the entry is consumed to learn it.
    static func read(
        _ stream: some EntryByteStream, declaredSize: UInt64?, limits: GGUFLimits = .standard
    ) throws -> WeightsHeaderReading<GGUFInfo> {
        let cursor = GGUFCursor(stream: stream, entrySize: declaredSize, headerBudget: limits.maxHeaderBytes)
        var state = GGUFReadState()
        do {
            try readPreamble(cursor, into: &state)
            try readKeyValues(cursor, limits: limits, into: &state)
            let alignment = alignment(in: &state)
            state.layout = try GGUFTensorLayout.read(
                count: state.tensorCount, alignment: alignment, cursor: cursor, limits: limits)
            state.problems += state.layout?.problems ?? []
            let entrySize = try declaredSize ?? stream.drain()
            if let mismatch = sizeMismatch(
                state.layout?.dataEnd, endOfInfos: cursor.offset, alignment: alignment, entrySize: entrySize)
            {
                state.problems.append(mismatch)
            }
        } catch let problem as WeightsHeaderProblem {
            state.problems.append(problem)
        }
        return WeightsHeaderReading(header: state.info, problems: state.problems)
    }

    private static func readPreamble(_ cursor: GGUFCursor, into state: inout GGUFReadState) throws {
        guard cursor.bytesLeft >= 4, Array(try cursor.bytes(4)) == magic else {
            throw WeightsHeaderProblem.corrupt("not a GGUF file: it does not start with 'GGUF'")
        }
        let version = try cursor.integer(UInt32.self)
        if version & 0xFFFF == 0, supportedVersions.contains(version.byteSwapped) {
            cursor.isBigEndian = true
        }
        let readable = cursor.isBigEndian ? version.byteSwapped : version
        guard supportedVersions.contains(readable) else {
            throw WeightsHeaderProblem.corrupt(
                readable == 1
                    ? "GGUF version 1 is not supported: it predates 64-bit counts; convert the file again"
                    : "unknown GGUF version \(readable)")
        }
        let tensorCount = try cursor.integer(UInt64.self)
        let keyValueCount = try cursor.integer(UInt64.self)
        state.version = readable
        state.tensorCount = tensorCount
        state.keyValueCount = keyValueCount
        guard let keyValueBytes = keyValueCount.multipliedOrNil(by: minimalKeyValueSize),
            let infoBytes = tensorCount.multipliedOrNil(by: minimalTensorInfoSize),
            let needed = keyValueBytes.addingOrNil(infoBytes), needed <= cursor.bytesLeft
        else {
            throw WeightsHeaderProblem.corrupt(
                "the header declares \(keyValueCount) key-values and \(tensorCount) tensors, more than the rest of the header can hold"
            )
        }
    }

    private static func readKeyValues(_ cursor: GGUFCursor, limits: GGUFLimits, into state: inout GGUFReadState) throws
    {
        guard state.keyValueCount <= limits.maxKeyValueCount else {
            throw WeightsHeaderProblem.corrupt(
                "the header declares \(state.keyValueCount) key-values, more than the \(limits.maxKeyValueCount) a reader accepts"
            )
        }
        let budget = GGUFKeptBudget(limits.keptValueBudget)
        let values = GGUFValueReader(cursor: cursor, limits: limits, budget: budget)
        for _ in 0..<state.keyValueCount {
            let (key, isCut) = try cursor.cutString(
                maxLength: limits.maxKeyLength, keep: limits.keptKeyBytes, what: "a key")
            let keeps = !isCut && !budget.isSpent
            let what = { "the value of \(MessageText.quoted(key))" }
            let value = try values.value(of: try values.valueType(of: what()), what: what())
            guard keeps else { continue }
            budget.charge(key.utf8.count + GGUFKeptBudget.valueCost)
            if state.values[key] == nil {
                state.values[key] = value
            } else {
                state.problems.append(.corrupt("the key \(MessageText.quoted(key)) appears more than once"))
            }
        }
    }

    /// `general.alignment`: a power of two; 32 when absent or invalid.
    private static func alignment(in state: inout GGUFReadState) -> UInt64 {
        guard let value = state.values["general.alignment"] else { return defaultAlignment }
        if case .unsigned(let alignment) = value, alignment > 0, alignment <= 1 << 30, alignment & (alignment - 1) == 0
        {
            return alignment
        }
        state.problems.append(.corrupt("general.alignment must be a power of two; using \(defaultAlignment)"))
        return defaultAlignment
    }

    /// The file may end where the last tensor ends or after its padding, nowhere else.
    private static func sizeMismatch(
        _ dataEnd: (unpadded: UInt64, padded: UInt64)?, endOfInfos: UInt64, alignment: UInt64, entrySize: UInt64
    ) -> WeightsHeaderProblem? {
        guard let dataEnd, let dataStart = endOfInfos.alignedUpOrNil(to: alignment) else { return nil }
        let noTensors = dataEnd.padded == 0
        guard let shortest = noTensors ? endOfInfos : dataStart.addingOrNil(dataEnd.unpadded),
            let longest = dataStart.addingOrNil(dataEnd.padded)
        else {
            return .corrupt("the tensor data ends beyond what 64 bits can count")
        }
        if entrySize < shortest {
            return .sizeMismatch(
                "the tensor data ends at byte \(shortest), but the file has only \(entrySize) bytes: it is truncated or the header is wrong"
            )
        }
        if entrySize > longest {
            return .sizeMismatch(
                "the tensor data ends at byte \(longest), but the file has \(entrySize) bytes: \(entrySize - longest) bytes belong to no tensor"
            )
        }
        return nil
    }
}
