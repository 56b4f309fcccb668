import BundleModel

/// A reviewer's answer to a question (a `needs-review` finding), kept in the facts file's
/// `answers:` (docs/facts.md).
public struct Answer: Codable, Sendable, Equatable {
    /// The rule whose question it answers.
    public var ruleId: String
    /// `yes`: the obligation is met (the finding becomes `pass`); `no`: it is not (`fail`).
    public var answer: Reply
    /// Only the question of this license.
    public var license: String?
    /// What the answer rests on.
    public var note: String?
    public var answeredBy: String
    /// ISO date.
    public var date: String
    /// The line of the answer in its file, for messages (not part of the file's schema).
    public var line: Int?

    enum CodingKeys: String, CodingKey {
        case ruleId, answer, license, note, answeredBy, date
    }

    public init(
        ruleId: String, answer: Reply, license: String? = nil, note: String? = nil, answeredBy: String, date: String,
        line: Int? = nil
    ) {
        self.ruleId = ruleId
        self.answer = answer
        self.license = license
        self.note = note
        self.answeredBy = answeredBy
        self.date = date
        self.line = line
    }

    /// What the answer records on the finding it settles.
    public var record: AnswerNote {
        AnswerNote(answer: answer.rawValue, answeredBy: answeredBy, date: date, note: note)
    }

    /// `yes` or `no`. YAML's `true`/`false` are read as the same.
    public enum Reply: String, Codable, Sendable, CaseIterable {
        case yes
        case no

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let text =
                (try? container.decode(String.self))
                ?? ((try? container.decode(Bool.self)).map { $0 ? "yes" : "no" } ?? "")
            switch text.lowercased() {
            case "yes", "true": self = .yes
            case "no", "false": self = .no
            default:
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "must be yes or no, not '\(text)'")
            }
        }
    }
}
