/// A statement in the release's card about how open it is, and how it fares against the licenses.
public struct OpennessClaim: Codable, Sendable, Equatable {
    /// The sentence, heading or tag, as written (shortened around the phrase when long).
    public var text: String
    /// The phrase that makes it a claim (`open-source`, `完全开源`).
    public var phrase: String
    public var kind: Kind
    public var path: String
    /// 1-based line in the card.
    public var line: Int
    /// How the licenses judge it.
    public var judgement: Judgement

    public init(text: String, phrase: String, kind: Kind, path: String, line: Int, judgement: Judgement) {
        self.text = text
        self.phrase = phrase
        self.kind = kind
        self.path = path
        self.line = line
        self.judgement = judgement
    }

    /// What the phrase claims.
    public enum Kind: String, Codable, Sendable {
        /// "open source", "fully open", a tag `open-source`: the release is open source.
        case openSource = "open-source"
        /// "open weights", "openly available": availability, which is accurate on its own.
        case availability
        /// "outperforms open-source models": a comparison, not a claim about this release.
        case comparison
    }

    /// How the claim fares.
    public enum Judgement: String, Codable, Sendable {
        /// An open-source claim the licenses do not support (open-washing).
        case unsupported
        /// An open-source claim on a lineage whose licenses are all open.
        case supported
        /// An open-source claim clearance cannot judge: a license it has not assessed, or a lineage
        /// question with a candidate base under a license that is not open.
        case unverifiable
        /// Not an open-source claim; nothing to judge.
        case accurate
    }
}
