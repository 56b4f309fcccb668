import Reporting

/// The formats `clearance openness` writes.
public enum OpennessFormat: String, CaseIterable, Sendable {
    /// For people: verdicts, classes and cells, with the evidence for each.
    case text
    /// The profile as a JSON document.
    case json
    /// A YAML file for the Model Openness Tool.
    case mof
}

extension Clearance {
    /// `clearance openness`: the openness profile of a checked release in `format`, or nil when
    /// the check made none.
    ///
    /// - Parameters:
    ///   - request: the request that produced `result`.
    ///   - options: `colored` for text, `date` for the MOF file.
    public static func opennessReport(
        _ result: CheckResult, of request: CheckRequest, format: OpennessFormat, options: ReportOptions
    ) throws -> String? {
        guard let profile = result.report.openness else { return nil }
        switch format {
        case .text:
            return OpennessTextRenderer(style: TextStyle(colored: options.colored))
                .render(profile, subject: result.report.subject)
        case .json:
            let document = OpennessDocument(tool: tool, subject: result.report.subject, openness: profile)
            return try json(document) + "\n"
        case .mof:
            return try report(result, of: request, format: .mof, options: options)
        }
    }
}
