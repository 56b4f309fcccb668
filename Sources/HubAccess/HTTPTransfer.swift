import Dispatch
import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Blocking HTTP GETs over one URLSession, each cut off once it has delivered `limit` bytes, so
/// a server that ignores `Range` and starts sending a 16 GB file costs `limit`, not 16 GB.
///
/// Redirects keep the `Range` header and drop `Authorization` when they leave the host (the Hub
/// redirects large files to a storage host with a signed URL; the token stays with the Hub).
final class HTTPTransfer: NSObject, URLSessionDataDelegate, Sendable {
    /// What one GET gave.
    struct Response: Sendable {
        let status: Int
        let headers: [String: String]
        let body: Data
        /// Bytes received, including any beyond `limit` that arrived before the cut.
        let bytesReceived: UInt64
    }

    private struct Transfer {
        var body = Data()
        var received: UInt64 = 0
        var response: HTTPURLResponse?
        var failure: String?
        var cut = false
        let limit: Int
        let done: DispatchSemaphore
    }

    private let transfers = Mutex<[Int: Transfer]>([:])
    private let session = Mutex<URLSession?>(nil)

    override init() {
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 60
        configuration.httpMaximumConnectionsPerHost = 8
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let created = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
        session.withLock { $0 = created }
    }

    /// GETs `request`, keeping at most `limit` bytes of the body.
    ///
    /// - Throws: `TransportFailure` when no HTTP answer arrived.
    func get(_ request: URLRequest, limit: Int) throws(TransportFailure) -> Response {
        guard let session = session.withLock({ $0 }) else {
            throw TransportFailure(reason: "the HTTP session is closed")
        }
        let task = session.dataTask(with: request)
        let done = DispatchSemaphore(value: 0)
        transfers.withLock { $0[task.taskIdentifier] = Transfer(limit: limit, done: done) }
        task.resume()
        done.wait()
        let transfer = transfers.withLock { $0.removeValue(forKey: task.taskIdentifier) }
        guard let transfer, let response = transfer.response else {
            throw TransportFailure(reason: transfer?.failure ?? "no response")
        }
        if let failure = transfer.failure, !transfer.cut { throw TransportFailure(reason: failure) }
        var headers: [String: String] = [:]
        for (key, value) in response.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        return Response(
            status: response.statusCode, headers: headers, body: transfer.body, bytesReceived: transfer.received)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        transfers.withLock { $0[dataTask.taskIdentifier]?.response = response as? HTTPURLResponse }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let cut = transfers.withLock { transfers -> Bool in
            guard var transfer = transfers[dataTask.taskIdentifier] else { return false }
            transfer.received += UInt64(data.count)
            let room = transfer.limit - transfer.body.count
            if room > 0 { transfer.body.append(data.prefix(room)) }
            if transfer.body.count >= transfer.limit, !transfer.cut { transfer.cut = true }
            transfers[dataTask.taskIdentifier] = transfer
            return transfer.cut
        }
        if cut { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let done = transfers.withLock { transfers -> DispatchSemaphore? in
            if let error { transfers[task.taskIdentifier]?.failure = error.localizedDescription }
            return transfers[task.taskIdentifier]?.done
        }
        done?.signal()
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        var redirected = request
        let original = task.originalRequest
        if let range = original?.value(forHTTPHeaderField: "Range") {
            redirected.setValue(range, forHTTPHeaderField: "Range")
        }
        if let authorization = original?.value(forHTTPHeaderField: "Authorization") {
            let sameHost = original?.url?.host == request.url?.host && original?.url?.port == request.url?.port
            redirected.setValue(sameHost ? authorization : nil, forHTTPHeaderField: "Authorization")
        }
        completionHandler(redirected)
    }
}

/// No HTTP answer: the connection failed or timed out.
struct TransportFailure: Error {
    let reason: String
}
