/// The formats `clearance check --format` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// For a person at a terminal.
    case text
    /// The JSON report of the contract, schemaVersion 1.
    case json
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// JUnit XML, for CI test reports.
    case junit
    /// The obligations checklist for legal review.
    case markdown
    /// A CycloneDX 1.6 ML-BOM.
    case cyclonedx
    /// The openness profile as Model Openness Framework YAML, for the Model Openness Tool.
    case mof

    /// The reporter that writes this format; `style` and `layout` shape the text format only.
    public func reporter(style: TextStyle, layout: TextLayout = TextLayout()) -> any Reporter {
        switch self {
        case .text: CheckTextRenderer(style: style, layout: layout)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .markdown: ChecklistReporter()
        case .cyclonedx: CycloneDXReporter()
        case .mof: MOFReporter()
        }
    }
}
