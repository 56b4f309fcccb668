import Clearance

/// `check --batch`: checks every bundle of a list with one prepared check, `jobs` at a time,
/// and writes one JSON report per line, in list order, then a summary (text on standard
/// error, or a last JSON line with `--format json`).
struct BatchRun: Sendable {
    let list: String
    let jobs: Int
    let request: CheckRequest
    let format: ReportFormat
    let output: String?
    let cache: String?
    /// Whether the progress line may be shown (not `--no-progress`).
    let showProgress: Bool

    /// Runs the batch; true when a bundle failed its check or could not be checked.
    ///
    /// - Throws: what keeps the batch itself from running (an unreadable list, policies, facts or
    ///   waivers, an unwritable output): exit status 2.
    func run() throws -> Bool {
        guard format == .text || format == .json else { throw BatchError.unsupportedFormat(format.rawValue) }
        let check = try BatchCheck(request: request, cachePath: cache)
        let tally = try AsyncBridge.wait { [self] in
            let list = try BundleListReader(path: list)
            let sink = try BatchOutput(file: output)
            let progress = BatchProgress(disabled: !showProgress)
            let tally = try await Self.runAll(list: list, check: check, jobs: jobs, sink: sink, progress: progress)
            if format == .json { try sink.write(line: Clearance.jsonLine(BatchSummaryLine(batch: tally))) }
            try sink.flush()
            return tally
        }
        check.finish()
        if let failure = check.firstCacheFailure { Output.error("warning: the cache was bypassed: \(failure)") }
        if format == .text { Output.error(tally.text) }
        return tally.failed
    }

    private static func runAll(
        list: BundleListReader, check: BatchCheck, jobs: Int, sink: BatchOutput,
        progress: BatchProgress
    ) async throws -> BatchTally {
        var tally = BatchTally()
        var progress = progress
        let start = ContinuousClock.now
        try await BatchRunner(jobs: jobs).run(next: list.next, work: check.outcome(for:)) { outcome in
            try sink.write(line: outcome.line)
            tally.count(outcome)
            tally.seconds = Self.seconds(since: start)
            progress.update(tally)
        }
        tally.seconds = Self.seconds(since: start)
        progress.clear()
        return tally
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
