/// A project's `.clearance.yml` (docs/facts.md, "Project configuration"): where its facts
/// and waivers live, its gate and what its releases leave out. Found in the current folder or a
/// parent, up to the repository root, so facts and waivers stay outside the release folder.
public struct ProjectConfig: Codable, Sendable, Equatable {
    /// The facts, inline or as a path relative to the configuration file.
    public var facts: FactsSetting?
    /// The waivers file, relative to the configuration file.
    public var waivers: String?
    /// The gate: `error`, `warning` or `review`.
    public var failOn: String?
    /// Patterns (gitignore syntax) of files that do not belong to the release.
    public var exclude: [String]?

    /// Facts written in the configuration, or the file that holds them.
    public enum FactsSetting: Codable, Sendable, Equatable {
        case file(String)
        case inline(Facts)

        public init(from decoder: any Decoder) throws {
            if let path = try? decoder.singleValueContainer().decode(String.self) {
                self = .file(path)
            } else {
                self = .inline(try Facts(from: decoder))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            switch self {
            case .file(let path):
                var container = encoder.singleValueContainer()
                try container.encode(path)
            case .inline(let facts):
                try facts.encode(to: encoder)
            }
        }
    }
}
