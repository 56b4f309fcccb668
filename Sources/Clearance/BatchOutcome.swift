import BundleModel

/// What checking one bundle of a batch gave: a report, or the reason there is none.
public enum BatchOutcome: Sendable, Equatable {
    /// The bundle was checked, or its result found in the cache: its report as one JSON line.
    case checked(bundle: String, verdict: Verdict, line: String, fromCache: Bool)
    /// The bundle could not be checked: one JSON line with its `bundle` and `error`.
    case failed(bundle: String, line: String, reason: String)

    /// The JSON line written for this bundle, without the newline.
    public var line: String {
        switch self {
        case .checked(_, _, let line, _), .failed(_, let line, _): line
        }
    }
}

/// The line a batch writes for a bundle that could not be checked.
struct BatchErrorLine: Encodable {
    let bundle: String
    let error: String
}
