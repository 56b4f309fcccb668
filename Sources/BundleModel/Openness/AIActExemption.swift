/// The licence side of the EU AI Act's open-source exemption (Art. 53(2), Art. 54(6)): whether the
/// licenses allow access, use, modification and distribution without the terms the Commission's
/// guidelines rule out. It is always a question: the exemption also turns on monetisation,
/// systemic risk and who the provider is, which a bundle cannot show, and clearance never says
/// that the Act is complied with.
public struct AIActExemption: Codable, Sendable, Equatable {
    public var licenseSide: LicenseSide
    /// The license terms that decide it.
    public var terms: [Term]
    /// The question for a person, with what it needs.
    public var question: String
    /// What else the exemption needs, which the bundle cannot show.
    public var factsNeeded: [String]

    public init(licenseSide: LicenseSide, terms: [Term], question: String, factsNeeded: [String]) {
        self.licenseSide = licenseSide
        self.terms = terms
        self.question = question
        self.factsNeeded = factsNeeded
    }

    /// Whether the licence side of the condition is met.
    public enum LicenseSide: String, Codable, Sendable {
        /// No term the guidelines rule out.
        case met
        /// A term the guidelines name as disqualifying.
        case notMet = "not-met"
        /// Use restrictions whose proportionality decides it.
        case question
        /// A license clearance cannot judge.
        case unknown
    }

    /// One license term that bears on it.
    public struct Term: Codable, Sendable, Equatable {
        public var license: String
        public var section: String
        public var clause: String
        public var condition: AIActCondition

        public init(license: String, section: String, clause: String, condition: AIActCondition) {
            self.license = license
            self.section = section
            self.clause = clause
            self.condition = condition
        }
    }
}
