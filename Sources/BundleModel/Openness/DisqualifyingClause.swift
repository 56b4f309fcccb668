/// A term of a license that keeps it from being open source: where it is, what it says (in our
/// words, briefly), which Open Source Definition criteria it breaks, and what it means for the
/// EU AI Act's open-source exemption.
public struct DisqualifyingClause: Codable, Sendable, Equatable {
    /// The section as the license numbers it (`§2`).
    public var section: String
    /// What the term says, in a sentence.
    public var clause: String
    /// The OSD criteria it breaks (1–10; 5 is persons or groups, 6 fields of endeavour).
    public var osd: [Int]
    /// How the term bears on Art. 53(2), when it does.
    public var aiAct: AIActCondition?

    public init(section: String, clause: String, osd: [Int], aiAct: AIActCondition? = nil) {
        self.section = section
        self.clause = clause
        self.osd = osd
        self.aiAct = aiAct
    }

    /// `OSD 5, 6`.
    public var criteria: String {
        "OSD " + osd.map(String.init).joined(separator: ", ")
    }
}
