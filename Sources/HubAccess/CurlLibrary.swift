import CCurl
import Synchronization

/// libcurl, opened with `dlopen` the first time an `hf://` bundle needs HTTP: the binary does not
/// link it, so a check of anything else neither loads it nor needs it installed.
enum CurlLibrary {
    /// The names tried in turn: the OpenSSL flavour most systems have, then the GnuTLS one.
    #if os(macOS)
        static let names = ["libcurl.4.dylib"]
    #else
        static let names = ["libcurl.so.4", "libcurl-gnutls.so.4"]
    #endif

    /// What opening each list of names gave: nil when it opened, else why not.
    private static let outcomes = Mutex<[[String]: String?]>([:])

    /// Opens the first of `names` that loads, once per process.
    ///
    /// - Throws: `Unavailable` naming every library tried and why the last one failed.
    static func open(_ names: [String] = names) throws(Unavailable) {
        let failure = outcomes.withLock { outcomes -> String? in
            if let known = outcomes[names] { return known }
            var reason = "no library name given"
            for name in names {
                var message = [CChar](repeating: 0, count: 512)
                if ccurl_open(name, &message, message.count) == 0 {
                    outcomes[names] = .some(nil)
                    return nil
                }
                reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            outcomes[names] = .some(reason)
            return reason
        }
        if let failure { throw Unavailable(libraries: names, reason: failure) }
    }

    /// libcurl could not be opened.
    struct Unavailable: Error {
        let libraries: [String]
        let reason: String
    }
}
