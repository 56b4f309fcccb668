/// Country codes the policies reason about.
public enum Countries {
    /// The 27 member states of the European Union (ISO 3166-1 alpha-2).
    public static let europeanUnion: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ]

    /// Whether `code` has the shape of an alpha-2 code (two upper-case ASCII letters).
    public static func isAlpha2(_ code: String) -> Bool {
        code.count == 2 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }
}
