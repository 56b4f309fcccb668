/// The checks that belong to no license (`policies/general.yml`): integrity, security and
/// license metadata coherence.
public struct GeneralPack: Codable, Sendable, Equatable {
    public var version: Int
    public var rules: [PolicyRule]

    /// The pack with these rules.
    public init(version: Int, rules: [PolicyRule]) {
        self.version = version
        self.rules = rules
    }
}
