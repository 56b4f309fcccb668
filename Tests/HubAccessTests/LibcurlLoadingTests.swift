import Testing

@testable import HubAccess

/// libcurl is opened on the first Hub request, not linked: without it an `hf://` bundle is one
/// clear error naming the bundle, at once and not retried, and nothing else needs it.
@Suite struct LibcurlLoadingTests {
    static let bundle = "hf://acme/Llama-3.1-Acme-8B"

    @Test func withoutLibcurlAHubBundleIsOneLineNamingTheBundle() throws {
        let client = HubClient(
            environment: ["HF_ENDPOINT": "http://127.0.0.1:9"], policy: RetryPolicy(maxAttempts: 4, initialDelay: 60),
            transfer: HTTPTransfer(libraries: ["libcurl-absent.so.4"]))
        let reference = try #require(try HubReference(parsing: Self.bundle))
        let started = ContinuousClock.now
        let error = #expect(throws: HubError.self) {
            try HubRepository(reference, bundle: Self.bundle, client: client)
        }
        #expect(ContinuousClock.now - started < .seconds(30), "a missing library is not retried")
        guard case .libcurlUnavailable(let bundle, let libraries, let reason) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(bundle == Self.bundle)
        #expect(libraries == ["libcurl-absent.so.4"])
        #expect(reason.contains("libcurl-absent.so.4"), "the loader's reason: \(reason)")
        let message = try #require(error).description
        #expect(message.hasPrefix("\(Self.bundle): hf:// bundles need libcurl"), "\(message)")
        #expect(message.hasSuffix("install libcurl4") && !message.contains("\n"), "\(message)")
    }

    @Test func theLibraryOfThisSystemOpens() throws {
        try CurlLibrary.open()
    }
}
