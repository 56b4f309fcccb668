import BundleModel

/// The JSON of `clearance inspect`: the `schemaVersion`, `tool`, `subject` and `artifacts` of the
/// check report, plus the root folder and the defects found while reading.
public struct InspectionDocument: Encodable, Sendable {
    public let schemaVersion = 1
    public let tool: ToolInfo
    public let subject: Subject
    public let root: String?
    public let artifacts: [Artifact]
    public let defects: [Defect]
    /// What was left out of the bundle, by rule; absent when nothing was.
    public let exclusions: [Exclusion]?
    /// The copies of the weights the bundle ships; absent when it has no weights.
    public let variants: [WeightVariant]?

    /// The document for a manifest.
    public init(manifest: Manifest, tool: ToolInfo) {
        self.tool = tool
        self.subject = manifest.subject
        self.root = manifest.root
        self.artifacts = manifest.artifacts
        self.defects = manifest.defects
        self.exclusions = manifest.exclusions.isEmpty ? nil : manifest.exclusions
        self.variants = manifest.variants.isEmpty ? nil : manifest.variants
    }
}
