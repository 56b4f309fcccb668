/// Country codes the policies reason about.
public enum Countries {
    /// The 27 member states of the European Union (ISO 3166-1 alpha-2).
    public static let europeanUnion: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ]

    /// The code that stands for every member state of the European Union in a list of territories.
    public static let europeanUnionCode = "EU"

    /// Spellings often taken for ISO 3166-1 alpha-2 codes that are not: the United Kingdom is GB,
    /// Greece is GR (EL is the European Union's own abbreviation).
    public static let mistakenCodes: [String: String] = ["UK": "GB", "EL": "GR"]

    /// Whether `code` has the shape of an alpha-2 code (two upper-case ASCII letters).
    public static func isAlpha2(_ code: String) -> Bool {
        code.count == 2 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// The countries a territory code stands for: `EU` is its member states, any other code itself.
    public static func countries(in territory: String) -> Set<String> {
        territory == europeanUnionCode ? europeanUnion : [territory]
    }

    /// The countries a list of territory codes stands for.
    public static func countries(in territories: [String]) -> Set<String> {
        territories.reduce(into: Set<String>()) { $0.formUnion(countries(in: $1)) }
    }

    /// What is wrong with `code` as a country code, in words for the person who wrote it, or nil
    /// when it is usable; `allowingEU` mentions EU (the code ISO reserves for the union) in the
    /// example, where a list of territories is expected.
    static func problem(with code: String, allowingEU: Bool) -> String? {
        let example = allowingEU ? "such as DE or US, or EU for every member state" : "such as DE or US"
        if let meant = mistakenCodes[code] {
            return "must be an ISO 3166-1 alpha-2 code \(example); '\(code)' is not one, \(meant) is"
        }
        if isAlpha2(code) { return nil }
        return "must be an ISO 3166-1 alpha-2 code \(example), not '\(code)'"
    }
}
