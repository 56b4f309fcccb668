import BundleModel

/// `--fail-on`: the lowest level of finding that makes the check fail (exit status 1).
public enum FailThreshold: String, Sendable, CaseIterable {
    /// Violated obligations of severity error.
    case error
    /// Also violated obligations of severity warning.
    case warning
    /// Also anything awaiting review.
    case review

    /// Whether `finding` is at or above this level. `pass` and `waived` never count.
    public func counts(_ finding: Finding) -> Bool {
        switch finding.status {
        case .pass, .waived: false
        case .needsReview: self == .review
        case .fail:
            switch finding.severity {
            case .error: true
            case .warning: self != .error
            case .note: self == .review
            }
        }
    }

    /// The verdict for a set of findings: `fail` when one reaches this level, else `review` while
    /// a question is open, else `pass`.
    public func verdict(_ findings: [Finding]) -> Verdict {
        if findings.contains(where: counts) { return .fail }
        return findings.contains { $0.status == .needsReview } ? .review : .pass
    }
}
