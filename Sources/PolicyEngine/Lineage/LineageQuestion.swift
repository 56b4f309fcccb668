import BundleModel

/// Something the lineage evidence could not decide, asked of a person: which of these bases (if
/// any) the release derives from.
public struct LineageQuestion: Sendable, Equatable {
    /// Why it is asked (`the config fits Llama 3.1 70B and Llama 3.3 70B alike`).
    public var reason: String
    /// The bases it could be, each with its licenses and the evidence that points at it.
    public var candidates: [LineageCandidate]

    public init(reason: String, candidates: [LineageCandidate]) {
        self.reason = reason
        self.candidates = candidates
    }
}

/// A base a release may derive from.
public struct LineageCandidate: Sendable, Equatable {
    /// `Llama 3.3 70B (meta-llama/Llama-3.3-70B-Instruct)`.
    public var model: String
    public var licenses: [String]
    public var link: LineageLink

    public init(model: String, licenses: [String], link: LineageLink) {
        self.model = model
        self.licenses = licenses
        self.link = link
    }
}
