import BundleModel
import Reporting

/// Checks one bundle of a batch with a prepared `Checker`, turning every failure into an
/// outcome: a batch goes on past a bundle it cannot read.
public struct BatchCheck: Sendable {
    /// The prepared check.
    public let checker: Checker

    /// A batch check that runs `checker` on each bundle.
    public init(checker: Checker) {
        self.checker = checker
    }

    /// Checks `bundle` and encodes its report; never throws.
    public func outcome(for bundle: String) -> BatchOutcome {
        do {
            let report = try checker.check(bundlePath: bundle).report
            return .checked(bundle: bundle, verdict: report.verdict, line: try JSONLines.line(report), fromCache: false)
        } catch {
            return Self.failure(bundle: bundle, error: error)
        }
    }

    /// The outcome for a bundle that `error` kept from being checked: its first line is the reason.
    static func failure(bundle: String, error: any Error) -> BatchOutcome {
        let reason = String(describing: error).split(separator: "\n").first.map(String.init) ?? "failed"
        let line = (try? JSONLines.line(BatchErrorLine(bundle: bundle, error: reason))) ?? "{}"
        return .failed(bundle: bundle, line: line, reason: reason)
    }
}
