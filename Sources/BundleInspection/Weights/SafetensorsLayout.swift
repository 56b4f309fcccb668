import BundleModel

/// Checks a decoded safetensors header against itself and against the file's size, the way the
/// reference loader does: tensors tile the data section without gaps or overlaps, each holds
/// exactly its shape times its dtype, and the data section ends where the file ends.
struct SafetensorsLayout {
    /// Tensor problems reported one by one before the rest are summarised.
    static let maxTensorProblems = 8
    /// `__metadata__` entries kept (the first, by key), and bytes kept of each value.
    static let keptMetadataEntries = 1024
    static let keptMetadataValueBytes = 4096

    let header: SafetensorsHeader
    let headerLength: UInt64

    /// The header's description, and what is inconsistent in it, for a file of `entrySize` bytes.
    func check(entrySize: UInt64) -> WeightsHeaderReading<SafetensorsInfo> {
        var problems = TensorProblems()
        var dtypes: [String: Int] = [:]
        var unknownDtypes = Set<String>()
        var parameterCount: UInt64? = 0
        var dataLength: UInt64 = 0
        for tensor in header.tensors.sorted(by: { ($0.begin, $0.end, $0.name) < ($1.begin, $1.end, $1.name) }) {
            dtypes[tensor.dtype, default: 0] += 1
            if tensor.begin != dataLength {
                problems.add(
                    tensor,
                    tensor.begin > dataLength
                        ? "starts at byte \(tensor.begin) of the data section, leaving a gap after byte \(dataLength)"
                        : "starts at byte \(tensor.begin) of the data section, inside the tensor that ends at byte \(dataLength)"
                )
            }
            guard tensor.end >= tensor.begin else {
                problems.add(tensor, "ends at byte \(tensor.end), before it starts at byte \(tensor.begin)")
                continue
            }
            dataLength = max(dataLength, tensor.end)
            guard let elements = tensor.shape.checkedProduct else {
                problems.add(tensor, "has a shape whose element count overflows 64 bits")
                parameterCount = nil
                continue
            }
            parameterCount = parameterCount.flatMap { $0.addingOrNil(elements) }
            guard let bits = SafetensorsDtype.bits(of: tensor.dtype) else {
                unknownDtypes.insert(tensor.dtype)
                continue
            }
            if let message = Self.sizeProblem(elements: elements, bits: bits, tensor: tensor) {
                problems.add(tensor, message)
            }
        }
        var all = problems.summarised()
        if parameterCount == nil {
            all.append(.corrupt("the tensors' element counts add up to more than 64 bits can hold"))
        }
        if let mismatch = sizeMismatch(dataLength: dataLength, entrySize: entrySize) {
            all.append(mismatch)
        }
        let info = SafetensorsInfo(
            headerLength: headerLength, tensorCount: header.tensors.count, dtypes: dtypes,
            parameterCount: parameterCount ?? .max, metadata: keptMetadata, dataLength: dataLength,
            unknownDtypes: unknownDtypes.isEmpty ? nil : unknownDtypes.sorted(),
            lineageShapes: LineageTensors.shapes(in: header.tensors)
        )
        return WeightsHeaderReading(header: info, problems: all)
    }

    /// The `__metadata__` map, bounded: it goes into every report.
    private var keptMetadata: [String: String] {
        let kept = header.metadata.sorted { $0.key < $1.key }.prefix(Self.keptMetadataEntries)
        return Dictionary(
            uniqueKeysWithValues: kept.map { ($0.key, TextCut.prefix($0.value, maxBytes: Self.keptMetadataValueBytes)) }
        )
    }

    private static func sizeProblem(elements: UInt64, bits: UInt64, tensor: SafetensorsHeader.Tensor) -> String? {
        guard let totalBits = elements.multipliedOrNil(by: bits) else {
            return "has \(elements) \(tensor.dtype) elements, more bytes than 64 bits can count"
        }
        guard totalBits % 8 == 0 else {
            return "has \(elements) \(tensor.dtype) elements, which do not fill a whole number of bytes"
        }
        let stored = tensor.end - tensor.begin
        guard stored == totalBits / 8 else {
            return "holds \(stored) bytes, but \(elements) \(tensor.dtype) elements take \(totalBits / 8)"
        }
        return nil
    }

    private func sizeMismatch(dataLength: UInt64, entrySize: UInt64) -> WeightsHeaderProblem? {
        let available = entrySize - min(entrySize, 8 + headerLength)
        if dataLength > available {
            return .sizeMismatch(
                "the header describes \(dataLength) bytes of tensor data, but only \(available) follow it: the file is truncated or the header is wrong"
            )
        }
        if dataLength < available {
            return .sizeMismatch(
                "the header describes \(dataLength) bytes of tensor data, but \(available) follow it: \(available - dataLength) bytes belong to no tensor"
            )
        }
        return nil
    }
}

/// The tensor problems of one header: the first few in full, then a count.
private struct TensorProblems {
    private(set) var problems: [WeightsHeaderProblem] = []
    private var unreported = 0

    mutating func add(_ tensor: SafetensorsHeader.Tensor, _ message: String) {
        guard problems.count < SafetensorsLayout.maxTensorProblems else {
            unreported += 1
            return
        }
        problems.append(.corrupt("tensor \(MessageText.quoted(tensor.name)) \(message)"))
    }

    func summarised() -> [WeightsHeaderProblem] {
        guard unreported > 0 else { return problems }
        return problems + [.corrupt("\(unreported) more tensor entries are inconsistent")]
    }
}
