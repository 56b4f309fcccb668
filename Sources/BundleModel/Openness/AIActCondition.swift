/// A license term that bears on the EU AI Act's open-source exemption (Regulation (EU) 2024/1689,
/// Art. 53(2)), as the Commission's GPAI guidelines (C(2025) 5045, §§78–84) read the licence side.
public enum AIActCondition: String, Codable, Sendable, CaseIterable {
    /// Extra licensing above a user count (guidelines §83).
    case userScale = "user-scale"
    /// Non-commercial or research-only use (§83).
    case nonCommercial = "non-commercial"
    /// Distribution of the model barred, or barred to some (§83).
    case noDistribution = "no-distribution"
    /// Modification not allowed: one of the four rights is missing (§78).
    case noModification = "no-modification"
    /// Rights withheld by domicile or country (§79).
    case territory
    /// Uses that need a separate licence, such as hosting (§83).
    case separateLicense = "separate-license"
    /// Uses of the model or its outputs restricted for reasons other than safety (§§78–82).
    case useBan = "use-ban"
    /// Use restrictions that are allowed only when proportionate and safety-oriented (§84).
    case safetyRestrictions = "safety-restrictions"

    /// Whether the guidelines name the term as one that takes the licence out of the exemption;
    /// otherwise it is a question of proportionality.
    public var disqualifies: Bool { self != .safetyRestrictions }

    /// The term in words, for questions and tables.
    public var phrase: String {
        switch self {
        case .userScale: "a user-scale threshold"
        case .nonCommercial: "a non-commercial or research-only limit"
        case .noDistribution: "a bar on distribution"
        case .noModification: "a bar on modification"
        case .territory: "rights withheld by territory"
        case .separateLicense: "uses that need a separate licence"
        case .useBan: "a ban on uses that is not a safety term"
        case .safetyRestrictions: "use restrictions that are lawful only if proportionate and safety-oriented"
        }
    }
}
