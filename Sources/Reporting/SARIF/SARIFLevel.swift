import BundleModel

/// SARIF `kind` and `level` for clearance's statuses and severities.
enum SARIFLevel {
    /// `error`, `warning` or `note`.
    static func of(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A failure (waived or not) is a `fail` at its severity; a question is a `review` and a met
    /// obligation a `pass`, whose level SARIF requires to be `none`.
    static func kindAndLevel(_ finding: Finding) -> (kind: String, level: String) {
        switch finding.status {
        case .fail, .waived: ("fail", of(finding.severity))
        case .needsReview: ("review", "none")
        case .pass: ("pass", "none")
        }
    }
}
