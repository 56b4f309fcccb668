/// The header of a safetensors file.
public struct SafetensorsInfo: Codable, Sendable, Equatable {
    /// Length of the JSON header in bytes.
    public var headerLength: UInt64
    /// Number of tensors.
    public var tensorCount: Int
    /// Tensors per dtype (`"F16": 291`).
    public var dtypes: [String: Int]
    /// Sum of the element counts of all tensors (`UInt64.max` when it overflows, which is also
    /// reported as a defect).
    public var parameterCount: UInt64
    /// The free-form `__metadata__` map (at most its first 1024 keys, values cut after 4 KiB).
    public var metadata: [String: String]
    /// Bytes of tensor data the header describes (the end of the last tensor).
    public var dataLength: UInt64
    /// Dtypes whose element size the reader does not know, sorted; their tensors' byte lengths
    /// were not checked. Nil when every dtype was known.
    public var unknownDtypes: [String]?
    /// The shapes of the few tensors that tell a model's lineage (token embeddings, the output
    /// head, cross-attention and adapter projections), by name; nil when there is none.
    public var lineageShapes: [String: [UInt64]]?

    /// Creates the description of a safetensors header.
    public init(
        headerLength: UInt64, tensorCount: Int, dtypes: [String: Int], parameterCount: UInt64,
        metadata: [String: String], dataLength: UInt64, unknownDtypes: [String]? = nil,
        lineageShapes: [String: [UInt64]]? = nil
    ) {
        self.headerLength = headerLength
        self.tensorCount = tensorCount
        self.dtypes = dtypes
        self.parameterCount = parameterCount
        self.metadata = metadata
        self.dataLength = dataLength
        self.unknownDtypes = unknownDtypes
        self.lineageShapes = lineageShapes
    }
}

/// The index of a sharded checkpoint.
public struct ShardIndexInfo: Codable, Sendable, Equatable {
    /// `metadata.total_size`, when present.
    public var totalSize: UInt64?
    /// The shard files `weight_map` names, sorted, relative to the index's folder.
    public var shards: [String]
    /// Number of tensors in `weight_map`.
    public var tensorCount: Int

    /// Creates the description of a shard index.
    public init(totalSize: UInt64?, shards: [String], tensorCount: Int) {
        self.totalSize = totalSize
        self.shards = shards
        self.tensorCount = tensorCount
    }
}

/// A git-lfs pointer file: the weights it names are not in the bundle.
public struct LFSPointerInfo: Codable, Sendable, Equatable {
    /// `oid sha256:…`.
    public var oid: String
    /// The size of the object the pointer stands for.
    public var size: UInt64

    /// Creates the description of a git-lfs pointer.
    public init(oid: String, size: UInt64) {
        self.oid = oid
        self.size = size
    }
}

/// A GGUF header: version, counts, the `general.*` keys and a rendering of every key-value.
public struct GGUFInfo: Codable, Sendable, Equatable {
    /// GGUF version (2 or 3).
    public var version: UInt32
    /// Number of tensors the header declares.
    public var tensorCount: UInt64
    /// Number of key-values the header declares.
    public var keyValueCount: UInt64
    /// `general.architecture`.
    public var architecture: String?
    /// The `general.*` keys clearance uses.
    public var general: GGUFGeneral
    /// Every key-value read, with long arrays summarised and long strings cut.
    public var values: [String: GGUFValue]
    /// Tensors per ggml type (`"Q4_K": 193`); a type the reader does not know is named `type N`.
    /// Nil when the tensor infos could not be read.
    public var tensorTypes: [String: Int]?
    /// Sum of the element counts of all tensors, when the tensor infos were read.
    public var parameterCount: UInt64?
    /// Bytes from the start of the data section to the end of the last tensor, when every
    /// tensor's type is known and the offsets are consistent.
    public var dataLength: UInt64?

    /// Creates the description of a GGUF header.
    public init(
        version: UInt32, tensorCount: UInt64, keyValueCount: UInt64, architecture: String?, general: GGUFGeneral,
        values: [String: GGUFValue], tensorTypes: [String: Int]? = nil, parameterCount: UInt64? = nil,
        dataLength: UInt64? = nil
    ) {
        self.version = version
        self.tensorCount = tensorCount
        self.keyValueCount = keyValueCount
        self.architecture = architecture
        self.general = general
        self.values = values
        self.tensorTypes = tensorTypes
        self.parameterCount = parameterCount
        self.dataLength = dataLength
    }
}

/// The `general.*` keys of a GGUF file that matter for licensing and lineage.
public struct GGUFGeneral: Codable, Sendable, Equatable {
    /// `general.name`: the human-readable model name.
    public var name: String?
    /// `general.basename`: the base model name the file-name convention starts with.
    public var basename: String?
    /// `general.finetune`: what the base model was tuned toward (`Instruct`).
    public var finetune: String?
    /// `general.version`.
    public var version: String?
    /// `general.author`.
    public var author: String?
    /// `general.organization`.
    public var organization: String?
    /// `general.repo_url`.
    public var repoURL: String?
    /// `general.url`.
    public var url: String?
    /// `general.size_label` (`8B`).
    public var sizeLabel: String?
    /// `general.quantized_by`.
    public var quantizedBy: String?
    /// `general.license`: in practice the Hugging Face license id (`llama3.1`, `other`).
    public var license: String?
    /// `general.license.name`.
    public var licenseName: String?
    /// `general.license.link`.
    public var licenseLink: String?
    /// `general.base_model.count`.
    public var baseModelCount: UInt64?
    /// `general.base_model.N.*`, in order of N.
    public var baseModels: [GGUFBaseModel]

    /// No keys known yet.
    public init() {
        baseModels = []
    }
}

/// One parent model named in a GGUF header.
public struct GGUFBaseModel: Codable, Sendable, Equatable {
    /// `general.base_model.N.name`.
    public var name: String?
    /// `general.base_model.N.author`.
    public var author: String?
    /// `general.base_model.N.version`.
    public var version: String?
    /// `general.base_model.N.organization`.
    public var organization: String?
    /// `general.base_model.N.url`.
    public var url: String?
    /// `general.base_model.N.repo_url`.
    public var repoURL: String?

    /// Creates a parent model description.
    public init(
        name: String? = nil, author: String? = nil, version: String? = nil, organization: String? = nil,
        url: String? = nil, repoURL: String? = nil
    ) {
        self.name = name
        self.author = author
        self.version = version
        self.organization = organization
        self.url = url
        self.repoURL = repoURL
    }
}

/// A GGUF metadata value as clearance keeps it.
/// In JSON a scalar is written as itself and an array as `{"elementType", "count", "head"}`.
public enum GGUFValue: Codable, Sendable, Equatable {
    /// A string, cut after a few KiB (the cut is marked with `…`).
    case string(String)
    /// Any signed integer type.
    case integer(Int64)
    /// Any unsigned integer type.
    case unsigned(UInt64)
    /// A finite float32 or float64. A NaN or infinity is kept as `.string("nan")`, `"inf"` or
    /// `"-inf"`, so that reports stay valid JSON.
    case float(Double)
    /// A bool.
    case bool(Bool)
    /// An array: its element type, its length, and at most its first few elements.
    case array(elementType: String, count: UInt64, head: [GGUFValue])

    private enum ArrayKeys: String, CodingKey {
        case elementType, count, head
    }

    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: ArrayKeys.self), container.contains(.head) {
            self = .array(
                elementType: try container.decode(String.self, forKey: .elementType),
                count: try container.decode(UInt64.self, forKey: .count),
                head: try container.decode([GGUFValue].self, forKey: .head))
            return
        }
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(UInt64.self) {
            self = .unsigned(value)
        } else if let value = try? container.decode(Double.self) {
            self = .float(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .array(let elementType, let count, let head):
            var container = encoder.container(keyedBy: ArrayKeys.self)
            try container.encode(elementType, forKey: .elementType)
            try container.encode(count, forKey: .count)
            try container.encode(head, forKey: .head)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .integer(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .unsigned(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .float(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        }
    }
}
