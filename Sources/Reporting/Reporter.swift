/// Writes the outcome of a check in one format. Reporters are pure: the same input gives the
/// same text, byte for byte.
public protocol Reporter: Sendable {
    /// The whole document, ending with a newline.
    func render(_ input: ReportInput) throws -> String
}
