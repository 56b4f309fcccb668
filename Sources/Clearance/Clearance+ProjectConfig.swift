import PolicyEngine

/// The project configuration a command adopts (`CheckRequest.adopt`).
extension Clearance {
    /// The `.clearance.yml` in `directory` or the nearest folder above it, loaded; nil when there
    /// is none.
    ///
    /// - Throws: `PolicyError` when the file cannot be read or is malformed.
    public static func projectConfig(searchingFrom directory: String) throws -> ProjectConfigLoader.Loaded? {
        try ProjectConfigLoader.discover(from: directory).map(ProjectConfigLoader.load(file:))
    }
}
