import Foundation

/// Talks to a Hub server: `HF_ENDPOINT` (default the public Hub), with `HF_TOKEN` as a bearer
/// token when it is set. Retries what may pass (HTTP 429 and 5xx, lost connections) with
/// backoff, honouring `Retry-After`; turns what will not (401, 403, 404) into a clear error.
/// HTTP goes through libcurl, opened on the first request (`HTTPTransfer`).
public final class HubClient: Sendable {
    /// The server, without a trailing slash.
    public let endpoint: String
    private let token: String?
    private let transfer: HTTPTransfer
    private let policy: RetryPolicy

    /// The public Hub.
    public static let publicEndpoint = "https://huggingface.co"

    /// A client configured from `environment` (`HF_ENDPOINT`, `HF_TOKEN`).
    public convenience init(
        environment: [String: String] = ProcessInfo.processInfo.environment, policy: RetryPolicy = RetryPolicy()
    ) {
        self.init(environment: environment, policy: policy, transfer: HTTPTransfer())
    }

    /// A client configured from `environment` that makes its requests through `transfer`.
    init(environment: [String: String], policy: RetryPolicy, transfer: HTTPTransfer) {
        var endpoint = environment["HF_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.publicEndpoint
        while endpoint.hasSuffix("/") { endpoint.removeLast() }
        self.endpoint = endpoint
        token = environment["HF_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        self.policy = policy
        self.transfer = transfer
    }

    /// The client of this process, configured from its environment.
    public static let shared = HubClient()

    /// GETs `path` (below the endpoint), optionally a byte range, keeping at most `limit` bytes.
    ///
    /// - Parameters:
    ///   - bundle: the bundle the request is for, named in errors.
    ///   - accepted: the statuses that are an answer.
    ///   - onBytes: told the bytes each attempt received.
    func get(
        _ path: String, range: ClosedRange<UInt64>? = nil, limit: Int, bundle: String, onBytes: (UInt64) -> Void
    ) throws(HubError) -> HTTPTransfer.Response {
        guard let url = URL(string: endpoint + path) else {
            throw .malformed(bundle: bundle, reason: "cannot make a URL of \(endpoint)\(path)")
        }
        var request = HTTPTransfer.Request(url: url.absoluteString, headers: ["User-Agent": "clearance"])
        if let token { request.headers["Authorization"] = "Bearer \(token)" }
        if let range { request.headers["Range"] = "bytes=\(range.lowerBound)-\(range.upperBound)" }
        var attempt = 0
        while true {
            attempt += 1
            let response: HTTPTransfer.Response
            do {
                response = try transfer.get(request, limit: limit)
            } catch {
                switch error {
                case .noLibrary(let missing):
                    throw .libcurlUnavailable(bundle: bundle, libraries: missing.libraries, reason: missing.reason)
                case .noAnswer(let reason):
                    guard attempt < policy.maxAttempts else { throw .unreachable(bundle: bundle, reason: reason) }
                    Thread.sleep(forTimeInterval: policy.delay(afterAttempt: attempt, retryAfter: nil))
                    continue
                }
            }
            onBytes(response.bytesReceived)
            if (200..<300).contains(response.status) { return response }
            if policy.retries(status: response.status), attempt < policy.maxAttempts {
                Thread.sleep(
                    forTimeInterval: policy.delay(afterAttempt: attempt, retryAfter: response.headers["retry-after"]))
                continue
            }
            throw .refused(bundle: bundle, status: response.status, reason: reason(for: response, attempts: attempt))
        }
    }

    /// What a refusal means for the person running the check, with the Hub's own message.
    private func reason(for response: HTTPTransfer.Response, attempts: Int) -> String {
        let hint =
            switch response.status {
            case 401:
                token == nil
                    ? "authentication required (a gated or private repository, or none by that name): set HF_TOKEN"
                    : "HF_TOKEN was not accepted for this repository"
            case 403: "access denied: accept the repository's conditions on the Hub with the account of HF_TOKEN"
            case 404: "no such repository, revision or file"
            case 429: "rate limited, still after \(attempts) attempts"
            case 500...: "server error, still after \(attempts) attempts"
            default: "unexpected status"
            }
        guard let message = response.headers["x-error-message"] else { return hint }
        let oneLine = message.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(200)
        return hint + " (\(String(String.UnicodeScalarView(oneLine))))"
    }
}

/// How often and how patiently a request is tried again.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The first wait; each next one is twice as long.
    public var initialDelay: Double
    /// The longest wait, `Retry-After` included.
    public var maxDelay: Double

    /// Creates a policy; the defaults wait 0.5, 1, 2 s between four attempts.
    public init(maxAttempts: Int = 4, initialDelay: Double = 0.5, maxDelay: Double = 30) {
        self.maxAttempts = maxAttempts
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
    }

    func retries(status: Int) -> Bool {
        status == 429 || status == 500 || status == 502 || status == 503 || status == 504
    }

    /// Seconds to wait: `Retry-After` when the server gives a number of seconds, else backoff.
    func delay(afterAttempt attempt: Int, retryAfter: String?) -> Double {
        if let retryAfter, let seconds = Double(retryAfter.trimmingCharacters(in: .whitespaces)), seconds >= 0 {
            return min(seconds, maxDelay)
        }
        return min(initialDelay * Double(1 << min(attempt - 1, 16)), maxDelay)
    }
}
