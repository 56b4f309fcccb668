import BundleModel
import Foundation

/// The one-line progress of a batch on standard error — done, failed, rate — redrawn at most a
/// few times a second. Shown only on a terminal, and never when `CI` is set: logs get the
/// summary, not a stream of carriage returns.
struct BatchProgress {
    private let enabled: Bool
    private var lastDrawn: ContinuousClock.Instant?
    private static let interval = Duration.milliseconds(200)

    /// A progress line, shown when `disabled` (`--no-progress`) is false and standard error is a
    /// terminal a person watches.
    init(disabled: Bool) {
        enabled = !disabled && Terminal.stderrIsInteractive
    }

    /// Redraws the line for `tally`, unless it was drawn a moment ago.
    mutating func update(_ tally: BatchTally) {
        guard enabled else { return }
        let now = ContinuousClock.now
        if let lastDrawn, now - lastDrawn < Self.interval { return }
        lastDrawn = now
        let failed = tally.errors + tally.verdicts[Verdict.fail.rawValue, default: 0]
        let rate = String(format: "%.1f", tally.bundlesPerSecond)
        FileHandle.standardError.write(
            Data("\r\u{1B}[K\(tally.bundles) done, \(failed) failed, \(rate) bundles/s".utf8))
    }

    /// Clears the line before the summary is written.
    func clear() {
        guard enabled, lastDrawn != nil else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
