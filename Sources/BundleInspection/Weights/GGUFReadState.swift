import BundleModel

/// What a GGUF reading has gathered so far; a reading that stops early still reports it.
struct GGUFReadState {
    var version: UInt32?
    var tensorCount: UInt64 = 0
    var keyValueCount: UInt64 = 0
    var values: [String: GGUFValue] = [:]
    var layout: GGUFTensorLayout?
    var problems: [WeightsHeaderProblem] = []

    /// The header as far as it was read; nil when not even the counts were.
    var info: GGUFInfo? {
        guard let version else { return nil }
        var architecture: String?
        if case .string(let name)? = values["general.architecture"] { architecture = name }
        return GGUFInfo(
            version: version, tensorCount: tensorCount, keyValueCount: keyValueCount,
            architecture: architecture, general: GGUFGeneralKeys.general(from: values), values: values,
            tensorTypes: layout?.typeCounts, parameterCount: layout?.parameterCount,
            dataLength: layout?.dataEnd?.unpadded
        )
    }
}
