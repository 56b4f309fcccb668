/// The waivers file (`--waivers FILE`): accepted risks, with who accepted them and until when.
public struct WaiverFile: Codable, Sendable, Equatable {
    public var waivers: [Waiver]
}

/// One accepted failure.
public struct Waiver: Codable, Sendable, Equatable {
    /// The rule whose failures it accepts.
    public var ruleId: String
    /// Only failures of this license.
    public var license: String?
    /// Only failures with evidence under this glob (`docs/**`).
    public var path: String?
    public var reason: String
    public var approvedBy: String
    /// ISO date; after it the waiver no longer applies.
    public var expires: String
    /// The line of the waiver in its file, for messages (not part of the file's schema).
    public var line: Int?

    enum CodingKeys: String, CodingKey {
        case ruleId, license, path, reason, approvedBy, expires
    }

    public init(
        ruleId: String, license: String? = nil, path: String? = nil, reason: String, approvedBy: String,
        expires: String, line: Int? = nil
    ) {
        self.ruleId = ruleId
        self.license = license
        self.path = path
        self.reason = reason
        self.approvedBy = approvedBy
        self.expires = expires
        self.line = line
    }
}
