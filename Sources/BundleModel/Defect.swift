/// Something wrong inside a readable bundle, found while reading it. Defects become
/// `integrity` or `security` findings; they never stop the inspection.
public struct Defect: Codable, Sendable, Hashable {
    /// What is wrong.
    public var kind: DefectKind
    /// The artifact (or entry) it is about.
    public var path: String
    /// One sentence for a person.
    public var message: String
    /// A 1-based line, when the defect is in a text file.
    public var line: Int?

    /// Creates a defect.
    public init(kind: DefectKind, path: String, message: String, line: Int? = nil) {
        self.kind = kind
        self.path = path
        self.message = message
        self.line = line
    }
}

/// The closed set of defects the inspector reports.
public enum DefectKind: String, Codable, Sendable, CaseIterable {
    // Entry names and links
    case absolutePath = "absolute-path"
    case parentTraversal = "parent-traversal"
    case linkEscapesRoot = "link-escapes-root"
    case duplicatePath = "duplicate-path"
    case caseCollision = "case-collision"
    case nonUTF8Name = "non-utf8-name"
    case specialFile = "special-file"
    // Limits and nested archives
    case nestingDepthExceeded = "nesting-depth-exceeded"
    /// A bundle folder has directories deeper than the walk goes; they were not read.
    case directoryDepthExceeded = "directory-depth-exceeded"
    /// Nested archives would decompress past their budget; they were not followed further.
    case decompressionBudgetExceeded = "decompression-budget-exceeded"
    /// The bundle itself decompresses past its allowance (a decompression bomb): reading stopped.
    case expansionLimitReached = "expansion-limit-reached"
    /// The bundle has more entries than the cap: reading stopped.
    case entryLimitReached = "entry-limit-reached"
    /// The bundle's entry names add up to more than the cap: reading stopped.
    case nameLimitReached = "name-limit-reached"
    case nestedArchiveUnsupported = "nested-archive-unsupported"
    case nestedArchiveCorrupt = "nested-archive-corrupt"
    /// A nested zip's local headers and central directory list different things.
    case zipHeadersDisagree = "zip-headers-disagree"
    /// A nested zip could only be read from its local headers, not through its central directory.
    case zipDirectoryUnread = "zip-directory-unread"
    // Weights
    case corruptWeightsHeader = "corrupt-weights-header"
    case weightsSizeMismatch = "weights-size-mismatch"
    case missingShard = "missing-shard"
    case unindexedShard = "unindexed-shard"
    case shardIndexSizeMismatch = "shard-index-size-mismatch"
    /// A file a shard index names, which transformers would `torch.load`, was not scanned as a
    /// pickle (it came before the index and did not look like one).
    case uninspectedShard = "uninspected-shard"
    case lfsPointer = "lfs-pointer"
    // Pickles
    case dangerousPickleGlobal = "dangerous-pickle-global"
    case unknownPickleGlobal = "unknown-pickle-global"
    case malformedPickle = "malformed-pickle"
    // Cards and configs
    case malformedModelCard = "malformed-model-card"
    case malformedConfig = "malformed-config"
    case textTooLarge = "text-too-large"

    /// Whether the defect means the weights could execute code when loaded.
    public var isSecurity: Bool {
        switch self {
        case .dangerousPickleGlobal, .unknownPickleGlobal, .malformedPickle: true
        default: false
        }
    }
}
