import CCurl
import Foundation
import Synchronization

/// Blocking HTTP GETs over libcurl's easy interface (opened on first use, see `CurlLibrary`),
/// each cut off once it has delivered `limit` bytes, so a server that ignores `Range` and starts
/// sending a 16 GB file costs `limit`, not 16 GB.
///
/// Redirects are followed here, not by libcurl: they keep the `Range` header and drop
/// `Authorization` when they leave the host (the Hub redirects large files to a storage host with
/// a signed URL; the token stays with the Hub). A connection that sends nothing for
/// `idleTimeout` seconds fails. Idle handles are kept, so their connections are reused.
final class HTTPTransfer: Sendable {
    /// One GET: an absolute `http(s)` URL and its header fields by name.
    struct Request: Sendable {
        var url: String
        var headers: [String: String] = [:]
    }

    /// What one GET gave.
    struct Response: Sendable {
        let status: Int
        /// The final answer's header fields, names lowercased.
        let headers: [String: String]
        let body: Data
        /// Body bytes received over every redirect, including any beyond `limit` that arrived
        /// before the cut.
        let bytesReceived: UInt64
    }

    /// Why a GET gave no answer.
    enum Failure: Error {
        /// The connection failed or timed out, or the redirects went nowhere.
        case noAnswer(String)
        /// libcurl could not be opened.
        case noLibrary(CurlLibrary.Unavailable)
    }

    /// The libraries tried for libcurl, in turn.
    let libraries: [String]
    /// Seconds a connection may take to open, or go without receiving a byte.
    static let idleTimeout = 60
    static let maxRedirects = 10
    private static let maxIdleHandles = 8
    private let idle = Mutex<[EasyHandle]>([])

    init(libraries: [String] = CurlLibrary.names) {
        self.libraries = libraries
    }

    deinit {
        for handle in idle.withLock({ $0 }) { ccurl_easy_cleanup(handle.pointer) }
    }

    /// GETs `request`, following redirects, keeping at most `limit` bytes of the final body.
    func get(_ request: Request, limit: Int) throws(Failure) -> Response {
        do { try CurlLibrary.open(libraries) } catch { throw .noLibrary(error) }
        var request = request
        let origin = URLComponents(string: request.url)
        var received: UInt64 = 0
        for _ in 0...Self.maxRedirects {
            let answer = try perform(request, limit: limit)
            received += answer.received
            guard let location = answer.redirect else {
                return Response(
                    status: answer.status, headers: answer.headers, body: answer.body, bytesReceived: received)
            }
            let target = URLComponents(string: location)
            guard let scheme = target?.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
                throw .noAnswer("redirected to \(location.prefix(200)), which is not an HTTP URL")
            }
            if target?.host != origin?.host || target?.port != origin?.port {
                request.headers["Authorization"] = nil
            }
            request.url = location
        }
        throw .noAnswer("more than \(Self.maxRedirects) redirects")
    }

    /// One request without following redirects.
    private func perform(_ request: Request, limit: Int) throws(Failure) -> Answer {
        guard let handle = idle.withLock({ $0.popLast() }) ?? ccurl_easy_init().map(EasyHandle.init) else {
            throw .noAnswer("libcurl could not start a transfer")
        }
        let reception = Reception(limit: limit)
        let context = Unmanaged.passRetained(reception)
        var fields: UnsafeMutablePointer<curl_slist>?
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            fields = ccurl_slist_append(fields, "\(name): \(value)")
        }
        // Everything that touches the handle happens while the error buffer it points to lives;
        // the reset at the end drops that pointer, the header list and the callbacks' context.
        var detail = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let (code, status, redirect) = detail.withUnsafeMutableBufferPointer { detail in
            let curl = handle.pointer
            ccurl_setopt_string(curl, CURLOPT_URL, request.url)
            ccurl_setopt_list(curl, CURLOPT_HTTPHEADER, fields)
            ccurl_setopt_long(curl, CURLOPT_NOSIGNAL, 1)
            ccurl_setopt_long(curl, CURLOPT_FOLLOWLOCATION, 0)
            ccurl_setopt_long(curl, CURLOPT_CONNECTTIMEOUT, Self.idleTimeout)
            ccurl_setopt_long(curl, CURLOPT_LOW_SPEED_LIMIT, 1)
            ccurl_setopt_long(curl, CURLOPT_LOW_SPEED_TIME, Self.idleTimeout)
            ccurl_setopt_pointer(curl, CURLOPT_ERRORBUFFER, detail.baseAddress)
            ccurl_setopt_callback(curl, CURLOPT_WRITEFUNCTION, receiveBody)
            ccurl_setopt_pointer(curl, CURLOPT_WRITEDATA, context.toOpaque())
            ccurl_setopt_callback(curl, CURLOPT_HEADERFUNCTION, receiveHeader)
            ccurl_setopt_pointer(curl, CURLOPT_HEADERDATA, context.toOpaque())
            let code = ccurl_easy_perform(curl)
            var status = 0
            var redirect: String?
            if code == CURLE_OK || (code == CURLE_WRITE_ERROR && reception.cut) {
                ccurl_getinfo_long(curl, CURLINFO_RESPONSE_CODE, &status)
                var location: UnsafeMutablePointer<CChar>?
                ccurl_getinfo_string(curl, CURLINFO_REDIRECT_URL, &location)
                if (300..<400).contains(status), let location { redirect = String(cString: location) }
            }
            ccurl_easy_reset(curl)
            return (code, status, redirect)
        }
        ccurl_slist_free_all(fields)
        context.release()
        release(handle)
        guard status != 0 else {
            let message = String(decoding: detail.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw .noAnswer(message.isEmpty ? String(cString: ccurl_easy_strerror(code)) : message)
        }
        return Answer(
            status: status, headers: reception.headers, body: reception.body, received: reception.received,
            redirect: redirect)
    }

    /// Keeps `handle` for the next request, or closes it when enough are kept.
    private func release(_ handle: EasyHandle) {
        let kept = idle.withLock { idle -> Bool in
            guard idle.count < Self.maxIdleHandles else { return false }
            idle.append(handle)
            return true
        }
        if !kept { ccurl_easy_cleanup(handle.pointer) }
    }

    /// One response, before redirects are followed.
    private struct Answer {
        let status: Int
        let headers: [String: String]
        let body: Data
        let received: UInt64
        let redirect: String?
    }
}

/// A libcurl easy handle, used by one transfer at a time (taken from and given back to the idle
/// list under its lock).
private struct EasyHandle: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer
}

/// What one response delivered so far, filled by libcurl's callbacks on the calling thread.
private final class Reception {
    let limit: Int
    var body = Data()
    var received: UInt64 = 0
    var headers: [String: String] = [:]
    /// The body reached `limit` and the transfer was stopped.
    var cut = false

    init(limit: Int) {
        self.limit = limit
    }

    /// Keeps what fits below `limit`; false once the body is full, which stops the transfer.
    func take(_ bytes: UnsafeRawBufferPointer) -> Bool {
        received += UInt64(bytes.count)
        let room = limit - body.count
        if room > 0 { body.append(contentsOf: bytes.prefix(room)) }
        if body.count >= limit { cut = true }
        return !cut
    }

    /// One header line; a status line starts a new response's fields.
    func take(headerLine line: String) {
        if line.hasPrefix("HTTP/") {
            headers.removeAll()
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        headers[name] = headers[name].map { "\($0), \(value)" } ?? value
    }
}

/// libcurl's body callback: hands the bytes to the `Reception`; a short count stops the transfer.
private let receiveBody: curl_write_callback = { bytes, size, count, context in
    guard let context else { return 0 }
    let reception = Unmanaged<Reception>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    return reception.take(UnsafeRawBufferPointer(start: bytes, count: length)) ? length : 0
}

/// libcurl's header callback: one whole header line at a time.
private let receiveHeader: curl_write_callback = { bytes, size, count, context in
    guard let context else { return 0 }
    let length = size * count
    let line = String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
    Unmanaged<Reception>.fromOpaque(context).takeUnretainedValue().take(headerLine: line)
    return length
}
