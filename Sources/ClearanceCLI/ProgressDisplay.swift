import Clearance
import Foundation
import Synchronization

/// One line on standard error that says how far reading the bundle has come — bytes of the total,
/// rate, and the current entry — redrawn a few times a second once reading has taken longer than
/// `delay`, and erased when it ends. Only shown on a terminal, never in CI logs.
final class ProgressDisplay: Sendable {
    /// How long reading runs before the line appears.
    static let defaultDelay = 1.0
    /// Seconds between redraws.
    static let interval = 0.2

    let progress = ReadProgress()
    private let delay: Double
    private let started = Date()
    private let bundle: String
    /// Whether the line is on screen, and whether reading has ended.
    private let state = Mutex<(shown: Bool, stopped: Bool)>((false, false))

    init(bundle: String, delay: Double) {
        self.bundle = bundle
        self.delay = delay
    }

    /// A display for this run, or nil when progress must not be shown: `--no-progress`, standard
    /// error not a terminal, or `CI` set. `CLEARANCE_PROGRESS_DELAY` (seconds) overrides the delay.
    static func make(bundle: String, disabled: Bool) -> ProgressDisplay? {
        guard !disabled, Terminal.stderrIsInteractive else { return nil }
        let delay = ProcessInfo.processInfo.environment["CLEARANCE_PROGRESS_DELAY"].flatMap(Double.init) ?? defaultDelay
        return ProgressDisplay(bundle: bundle, delay: max(delay, 0))
    }

    /// Starts redrawing in the background; with no delay, the first line is drawn at once.
    func start() {
        if delay == 0 { draw() }
        Thread.detachNewThread { [self] in
            while !state.withLock({ $0.stopped }) {
                Thread.sleep(forTimeInterval: Self.interval)
                if Date().timeIntervalSince(started) >= delay { draw() }
            }
        }
    }

    /// Erases the line; nothing is drawn after this returns.
    func stop() {
        state.withLock { state in
            if state.shown { Self.write("\r\u{1B}[K") }
            state = (false, true)
        }
    }

    private func draw() {
        let line = text(progress.snapshot)
        state.withLock { state in
            guard !state.stopped else { return }
            Self.write("\r\u{1B}[K" + line)
            state.shown = true
        }
    }

    /// `clearance: reading release.tar.gz — 1.20 GiB of 4.00 GiB (30%), 140 MiB/s — model.safetensors`.
    private func text(_ snapshot: ReadProgress.Snapshot) -> String {
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        let line = Clearance.progressLine(snapshot, bundle: bundle, seconds: seconds)
        let width = Terminal.stderrWidth - 1
        return line.count > width ? String(line.prefix(max(width - 1, 0))) + "…" : line
    }

    private static func write(_ text: String) {
        Output.writeError(text)
    }
}
