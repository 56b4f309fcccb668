/// The file layout of a list of required notices (`policies/fingerprints/notices.json`).
public struct RequiredNoticeList: Codable, Sendable, Equatable {
    /// The layout this type reads and writes.
    public static let currentSchemaVersion = 1

    /// The layout version of the file.
    public var schemaVersion: Int
    /// The notices, one per license.
    public var notices: [RequiredNotice]

    /// Creates a list in the current layout.
    public init(notices: [RequiredNotice]) {
        self.schemaVersion = Self.currentSchemaVersion
        self.notices = notices
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, notices
    }

    /// Decodes a list, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try StrictKeys.reject(unknownKeysIn: decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        notices = try container.decode([RequiredNotice].self, forKey: .notices)
    }
}
