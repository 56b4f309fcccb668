/// The JSON report of the contract (`--format json`).
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ input: ReportInput) throws -> String {
        try JSONOutput.string(input.report)
    }
}
