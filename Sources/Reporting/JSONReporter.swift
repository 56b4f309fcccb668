/// The JSON report of the contract (`--format json`).
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ input: ReportInput) throws -> String {
        var frame = input.report
        frame.artifacts = []
        return try JSONOutput.string(frame, artifacts: input.report.artifacts)
    }
}
