/// The header of a safetensors file.
public struct SafetensorsInfo: Codable, Sendable, Equatable {
    /// Length of the JSON header in bytes.
    public var headerLength: UInt64
    /// Number of tensors.
    public var tensorCount: Int
    /// Tensors per dtype (`"F16": 291`).
    public var dtypes: [String: Int]
    /// Sum of the element counts of all tensors.
    public var parameterCount: UInt64
    /// The free-form `__metadata__` map.
    public var metadata: [String: String]
    /// Bytes of tensor data the header describes (the end of the last tensor).
    public var dataLength: UInt64

    public init(headerLength: UInt64, tensorCount: Int, dtypes: [String: Int], parameterCount: UInt64, metadata: [String: String], dataLength: UInt64) {
        self.headerLength = headerLength
        self.tensorCount = tensorCount
        self.dtypes = dtypes
        self.parameterCount = parameterCount
        self.metadata = metadata
        self.dataLength = dataLength
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
    /// Every key-value read, with long arrays summarised.
    public var values: [String: GGUFValue]

    public init(version: UInt32, tensorCount: UInt64, keyValueCount: UInt64, architecture: String?, general: GGUFGeneral, values: [String: GGUFValue]) {
        self.version = version
        self.tensorCount = tensorCount
        self.keyValueCount = keyValueCount
        self.architecture = architecture
        self.general = general
        self.values = values
    }
}

/// The `general.*` keys of a GGUF file that matter for licensing and lineage.
public struct GGUFGeneral: Codable, Sendable, Equatable {
    public var name: String?
    public var basename: String?
    public var finetune: String?
    public var version: String?
    public var author: String?
    public var organization: String?
    public var repoURL: String?
    public var url: String?
    public var sizeLabel: String?
    public var quantizedBy: String?
    public var license: String?
    public var licenseName: String?
    public var licenseLink: String?
    /// `general.base_model.count`.
    public var baseModelCount: UInt64?
    /// `general.base_model.N.*`, in order of N.
    public var baseModels: [GGUFBaseModel]

    public init() {
        baseModels = []
    }
}

/// One parent model named in a GGUF header.
public struct GGUFBaseModel: Codable, Sendable, Equatable {
    public var name: String?
    public var author: String?
    public var version: String?
    public var organization: String?
    public var url: String?
    public var repoURL: String?

    public init(name: String? = nil, author: String? = nil, version: String? = nil, organization: String? = nil, url: String? = nil, repoURL: String? = nil) {
        self.name = name
        self.author = author
        self.version = version
        self.organization = organization
        self.url = url
        self.repoURL = repoURL
    }
}

/// A GGUF metadata value as clearance keeps it.
public enum GGUFValue: Codable, Sendable, Equatable {
    case string(String)
    case integer(Int64)
    case unsigned(UInt64)
    case float(Double)
    case bool(Bool)
    /// An array: its element type, its length, and at most its first few elements.
    case array(elementType: String, count: UInt64, head: [GGUFValue])
}
