/// The openness dimensions of the Radboud index (Liesenfeld, Lopez & Dingemanse, "Opening up
/// ChatGPT", CUI '23; FAccT '24): fourteen cells, each open (1), partial (0.5) or closed (0).
/// Cells the bundle and the facts cannot decide are `unknown` and never counted as closed: the
/// score is the sum over the known cells.
public struct RadboudProfile: Codable, Sendable, Equatable {
    /// The fourteen cells, in the index's order.
    public var cells: [RadboudCell]
    /// The sum over the known cells (0–14).
    public var score: Double
    /// How many cells are known.
    public var knownCells: Int

    public init(cells: [RadboudCell]) {
        self.cells = cells
        self.score = cells.compactMap(\.level.points).reduce(0, +)
        self.knownCells = cells.filter { $0.level != .unknown }.count
    }

    /// The cell of one dimension.
    public func cell(_ dimension: RadboudDimension) -> RadboudCell? {
        cells.first { $0.dimension == dimension }
    }
}

/// One cell of the index.
public struct RadboudCell: Codable, Sendable, Equatable {
    public var dimension: RadboudDimension
    public var level: RadboudLevel
    /// Why, in a sentence.
    public var note: String
    public var evidence: [Evidence]
    /// The facts-file key that would settle an unknown cell.
    public var decidedBy: String?

    public init(
        dimension: RadboudDimension, level: RadboudLevel, note: String, evidence: [Evidence] = [],
        decidedBy: String? = nil
    ) {
        self.dimension = dimension
        self.level = level
        self.note = note
        self.evidence = evidence
        self.decidedBy = decidedBy
    }
}

/// A cell's value.
public enum RadboudLevel: String, Codable, Sendable, CaseIterable {
    case open
    case partial
    case closed
    case unknown

    /// What the index scores it; nil when it is not known.
    public var points: Double? {
        switch self {
        case .open: 1
        case .partial: 0.5
        case .closed: 0
        case .unknown: nil
        }
    }
}

/// The index's fourteen dimensions, by the keys of its data (`projects/*.yaml`).
public enum RadboudDimension: String, Codable, Sendable, CaseIterable {
    case opencode
    case llmdata
    case llmweights
    case rldata
    case rlweights
    case license
    case code
    case architecture
    case preprint
    case paper
    case modelcard
    case datasheet
    case package
    case api

    /// What the cell asks, in the index's words, briefly.
    public var label: String {
        switch self {
        case .opencode: "Source code"
        case .llmdata: "Base model data"
        case .llmweights: "Base model weights"
        case .rldata: "Fine-tuning data"
        case .rlweights: "Fine-tuned weights"
        case .license: "License"
        case .code: "Code documentation"
        case .architecture: "Architecture"
        case .preprint: "Preprint"
        case .paper: "Paper"
        case .modelcard: "Model card"
        case .datasheet: "Datasheet"
        case .package: "Package"
        case .api: "API"
        }
    }
}
