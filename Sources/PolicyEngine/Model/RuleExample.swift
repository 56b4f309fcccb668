import BundleModel

/// A bundle described in a few lines, with the status a rule must give it. Examples document a
/// rule (`clearance policies explain`) and are run by the test suite.
public struct RuleExample: Codable, Sendable, Equatable {
    /// What the example shows.
    public var name: String
    /// The status the rule must report.
    public var expect: FindingStatus
    /// The bundle.
    public var bundle: ExampleBundle?
    /// The facts declared with it.
    public var facts: Facts?
}

/// The parts of a bundle an example needs, without any license text itself.
public struct ExampleBundle: Codable, Sendable, Equatable {
    /// Text files by path (Notice files, docs, a LICENSE with a project's own text).
    public var files: [String: String]?
    /// Files recognised as license texts, by path.
    public var licenseTexts: [ExampleLicenseText]?
    /// The model card's front matter and title.
    public var card: ExampleCard?
    /// A GGUF file's `general.*` keys.
    public var gguf: ExampleGGUF?
    /// `config.json`.
    public var config: ExampleConfig?
    /// `adapter_config.json`'s `base_model_name_or_path`.
    public var adapterBase: String?
    /// Weights files by path.
    public var weights: [String]?
    /// Defects found while reading.
    public var defects: [DefectKind]?
}

/// A license text found in an example bundle.
public struct ExampleLicenseText: Codable, Sendable, Equatable {
    public var path: String
    public var id: String
    public var document: LicenseDocumentKind?
    public var status: LicenseTextStatus?
    /// The fingerprint that identified it, for licenses whose texts differ (`…-hunyuandit-2024-05-14.agreement`).
    public var fingerprint: String?
}

/// An example model card.
public struct ExampleCard: Codable, Sendable, Equatable {
    public var license: [String]?
    public var licenseName: String?
    public var licenseLink: String?
    public var baseModel: [String]?
    public var relation: String?
    public var name: String?
    public var body: String?
    /// `tags:` of the front matter.
    public var tags: [String]?
}

/// An example GGUF file's metadata.
public struct ExampleGGUF: Codable, Sendable, Equatable {
    public var path: String?
    public var name: String?
    public var license: String?
    public var baseModels: [String]?
}

/// An example `config.json`.
public struct ExampleConfig: Codable, Sendable, Equatable {
    public var nameOrPath: String?
    public var vision: Bool?
}
