import ArgumentParser
import Clearance

/// `--report FORMAT=PATH`: one more report of the same check, in another format, to a file.
struct ReportTarget: ExpressibleByArgument, Sendable {
    let format: ReportFormat
    let path: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="),
            let format = ReportFormat(rawValue: String(argument[..<equals]))
        else { return nil }
        let path = String(argument[argument.index(after: equals)...])
        guard !path.isEmpty else { return nil }
        self.format = format
        self.path = path
    }

    static var defaultValueDescription: String { "" }

    /// The formats, as the error for a malformed value lists them.
    static var allValueStrings: [String] { ReportFormat.allCases.map { "\($0.rawValue)=PATH" } }
}
