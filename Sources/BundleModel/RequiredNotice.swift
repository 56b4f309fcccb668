/// A notice line a license requires in a "Notice" text file, word for word.
public struct RequiredNotice: Codable, Sendable, Equatable {
    /// The license id reports use (docs/report.md).
    public var licenseID: String
    /// The exact notice, without the quotation marks that delimit it in the license.
    public var text: String

    /// Creates a required notice.
    public init(licenseID: String, text: String) {
        self.licenseID = licenseID
        self.text = text
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case licenseID, text
    }

    /// Decodes a notice, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try StrictKeys.reject(unknownKeysIn: decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        licenseID = try container.decode(String.self, forKey: .licenseID)
        text = try container.decode(String.self, forKey: .text)
    }
}
