import BundleModel

/// What `clearance openness --format json` writes: the profile of one bundle, as the JSON
/// report's `openness` holds it, with the tool and the subject.
public struct OpennessDocument: Encodable, Sendable {
    public let schemaVersion = 1
    public let tool: ToolInfo
    public let subject: Subject
    public let openness: OpennessProfile

    public init(tool: ToolInfo, subject: Subject, openness: OpennessProfile) {
        self.tool = tool
        self.subject = subject
        self.openness = openness
    }
}
