/// A reviewer's answer to a `needs-review` question, recorded in the facts file's `answers:`.
public struct AnswerNote: Codable, Sendable, Equatable {
    /// `yes`: the obligation is met; `no`: it is not.
    public var answer: String
    /// Who answered.
    public var answeredBy: String
    /// When (ISO date, `2026-12-01`).
    public var date: String
    /// What the answer rests on.
    public var note: String?

    public init(answer: String, answeredBy: String, date: String, note: String? = nil) {
        self.answer = answer
        self.answeredBy = answeredBy
        self.date = date
        self.note = note
    }

    /// `answered yes by jane@acme.example on 2026-12-01: Shown on the product page`.
    public var sentence: String {
        "answered \(answer) by \(answeredBy) on \(date)" + (note.map { ": \($0)" } ?? "")
    }
}
