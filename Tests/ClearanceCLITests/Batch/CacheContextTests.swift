import Testing

@testable import Clearance

/// The cache context: a report made by another version of the tool is never taken for this
/// one's, and the same check gives the same context in every run.
@Suite struct CacheContextTests {
    private func checker() throws -> Checker {
        try Checker(request: CheckRequest(bundlePath: "", policiesDirectory: ReleaseFixture.policies))
    }

    @Test func theToolVersionIsInTheContext() throws {
        let checker = try checker()
        let current = try CacheContext.digest(for: checker)
        #expect(current == (try CacheContext.digest(for: try self.checker())), "stable from one run to the next")
        #expect(current == (try CacheContext.digest(for: checker, toolVersion: Clearance.version)))
        #expect(current != (try CacheContext.digest(for: checker, toolVersion: Clearance.version + ".1")))
    }
}
