import BundleModel
import Clearance
import Foundation

/// What a batch did, counted as its results are written: the summary at its end.
struct BatchTally: Encodable, Sendable {
    /// Bundles listed and handled.
    private(set) var bundles = 0
    /// Checked bundles by verdict: every verdict is counted, zeros included.
    private(set) var verdicts = Dictionary(uniqueKeysWithValues: Verdict.allCases.map { ($0.rawValue, 0) })
    /// Bundles that could not be checked (their line has an `error` key).
    private(set) var errors = 0
    /// Bundles answered from the cache.
    private(set) var fromCache = 0
    /// Wall-clock seconds since the batch started.
    var seconds = 0.0

    /// Bundles per second so far.
    var bundlesPerSecond: Double { seconds > 0 ? Double(bundles) / seconds : 0 }

    /// Whether the batch fails: a bundle failed its check or could not be checked.
    var failed: Bool { errors > 0 || verdicts[Verdict.fail.rawValue, default: 0] > 0 }

    mutating func count(_ outcome: BatchOutcome) {
        bundles += 1
        switch outcome {
        case .checked(_, let verdict, _, let cached):
            verdicts[verdict.rawValue, default: 0] += 1
            if cached { fromCache += 1 }
        case .failed:
            errors += 1
        }
    }

    /// One sentence: how many, how fast, with what verdicts (pass, review, fail, then errors).
    var text: String {
        let verdictCounts = Verdict.allCases.compactMap { verdict in
            verdicts[verdict.rawValue].flatMap { $0 > 0 ? "\($0) \(verdict.rawValue)" : nil }
        }
        var parts = verdictCounts + (errors > 0 ? ["\(errors) could not be checked"] : [])
        if parts.isEmpty { parts = ["nothing to check"] }
        let cached = fromCache > 0 ? "; \(fromCache) answered from the cache" : ""
        let rate = String(format: "%.1f", bundlesPerSecond)
        return "\(bundles) bundle\(bundles == 1 ? "" : "s") in \(String(format: "%.2f", seconds)) s (\(rate)/s): "
            + parts.joined(separator: ", ") + cached
    }

    private enum CodingKeys: String, CodingKey {
        case bundles, verdicts, errors, fromCache, seconds, bundlesPerSecond
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bundles, forKey: .bundles)
        try container.encode(verdicts, forKey: .verdicts)
        try container.encode(errors, forKey: .errors)
        try container.encode(fromCache, forKey: .fromCache)
        try container.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
        try container.encode((bundlesPerSecond * 10).rounded() / 10, forKey: .bundlesPerSecond)
    }
}

/// The last line of `check --batch --format json`: `{"batch": {…}}`, told apart from the
/// reports by its only key.
struct BatchSummaryLine: Encodable {
    let batch: BatchTally
}
