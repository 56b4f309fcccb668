public import ArchiveIO
public import BundleInspection
import Foundation
public import PolicyEngine
public import Reporting

/// The report formats of `check --format` and `--report`: text, json, sarif, junit, markdown,
/// cyclonedx and mof.
public typealias ReportFormat = Reporting.ReportFormat

/// How much a text report shows: the verdict line, the problems, or every obligation.
public typealias ReportDetail = TextLayout.Detail

/// `--fail-on`: the lowest level of finding that fails a check.
public typealias FailThreshold = PolicyEngine.FailThreshold

/// A pattern that leaves part of a bundle out: `--exclude`, `exclude:` in a `.clearance.yml`, or a
/// line of a `.clearanceignore`.
public typealias ExclusionRule = BundleInspection.ExclusionRule

/// How far reading a bundle has come, for a progress display (`CheckRequest.progress`).
public typealias ReadProgress = ArchiveIO.ReadProgress

/// How a report is laid out for its reader: its detail, width, colours, rule links and date.
public struct ReportOptions: Sendable {
    /// The width text is wrapped at when nothing says otherwise.
    public static let defaultWidth = TextLayout.defaultWidth

    /// Text report: the verdict only, the problems, or every obligation with its evidence.
    public var detail: ReportDetail
    /// Text report: the width lines wrap at.
    public var width: Int
    /// Text report: whether it is coloured for a terminal.
    public var colored: Bool
    /// SARIF: where a rule's `helpUri` points, with `{rule}` for its id (`--rule-docs-url`).
    public var rulePageTemplate: String?
    /// When the report is made: the checklist and the MOF file print it.
    public var date: Date

    /// Options for a report made at `date`; by default the problems, uncoloured, 100 columns wide.
    public init(
        detail: ReportDetail = .problems, width: Int = ReportOptions.defaultWidth, colored: Bool = false,
        rulePageTemplate: String? = nil, date: Date = Date()
    ) {
        self.detail = detail
        self.width = width
        self.colored = colored
        self.rulePageTemplate = rulePageTemplate
        self.date = date
    }

    /// The reporter for `format` laid out with these options.
    func reporter(_ format: ReportFormat) -> any Reporter {
        format.reporter(style: TextStyle(colored: colored), layout: TextLayout(detail: detail, width: width))
    }
}
