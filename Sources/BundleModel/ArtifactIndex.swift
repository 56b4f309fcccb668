/// Where, in a list of artifacts, are the few that whole-bundle passes look at: the artifacts of
/// each kind, those the inspector read metadata from, and those holding recognised license texts.
///
/// A release of 50,000 small files has a handful of cards, configs, licenses and weights among
/// thousands of `other` files. Made in one pass, the index lets every later pass visit those few
/// instead of reading (and copying) every artifact again; the positions are ascending, so a pass
/// sees its artifacts in the list's order. The positions of `other` artifacts, most of a large
/// listing and wanted by no pass, are not kept: they are what the other kinds leave, worked out
/// when asked for.
public struct ArtifactIndex: Sendable {
    /// Positions of the artifacts with metadata.
    public let withMetadata: [Int]
    /// Positions of the artifacts with license matches.
    public let withLicenseMatches: [Int]
    /// Positions by kind, in `ArtifactKind.allCases` order; empty for `other`.
    private let byKind: [[Int]]
    /// How many artifacts were indexed.
    private let count: Int

    /// Indexes `artifacts`.
    public init(_ artifacts: [Artifact]) {
        var withMetadata: [Int] = []
        var withLicenseMatches: [Int] = []
        var byKind = [[Int]](repeating: [], count: ArtifactKind.allCases.count)
        for position in artifacts.indices {
            let kind = artifacts[position].kind
            if kind != .other { byKind[kind.position].append(position) }
            guard artifacts[position].hasDetails else { continue }
            if artifacts[position].hasMetadata { withMetadata.append(position) }
            if artifacts[position].hasLicenseMatches { withLicenseMatches.append(position) }
        }
        self.withMetadata = withMetadata
        self.withLicenseMatches = withLicenseMatches
        self.byKind = byKind
        self.count = artifacts.count
    }

    /// Positions of the artifacts of `kind`.
    public func positions(of kind: ArtifactKind) -> [Int] {
        guard kind == .other else { return byKind[kind.position] }
        var known = byKind.joined().sorted().makeIterator()
        var next = known.next()
        return (0..<count).filter { position in
            guard position == next else { return true }
            next = known.next()
            return false
        }
    }
}

extension ArtifactKind {
    /// The kind's place in `allCases`.
    fileprivate var position: Int {
        switch self {
        case .weights: 0
        case .adapter: 1
        case .license: 2
        case .notice: 3
        case .usePolicy: 4
        case .modelCard: 5
        case .config: 6
        case .tokenizer: 7
        case .lfsPointer: 8
        case .other: 9
        }
    }
}
