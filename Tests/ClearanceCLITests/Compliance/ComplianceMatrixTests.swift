import Testing

/// Per license family: a compliant release passes with no failure at all, and each obligation
/// violated on its own fails exactly its rule — `clearance check` run as a CI job runs it.
@Suite(.enabled(if: UpstreamTexts.isAvailable, Comment(rawValue: UpstreamTexts.missingMessage)))
struct ComplianceMatrixTests {
    @Test("a compliant release passes without a single failure", arguments: LicenseFamily.compliantCases)
    func compliantReleasePasses(releaseCase: ReleaseCase) throws {
        let outcome = try ReleaseCheck.run(releaseCase)
        #expect(outcome.status == 0)
        #expect(outcome.verdictAgreesWithStatus)
        #expect(outcome.failingRules.isEmpty, "false failures: \(outcome.failingRules.sorted())")
        #expect(outcome.upstreams == releaseCase.upstreams)
    }

    @Test("an obligation violated on its own fails exactly its rule", arguments: LicenseFamily.violationCases)
    func violationFailsAlone(releaseCase: ReleaseCase) throws {
        let outcome = try ReleaseCheck.run(releaseCase)
        #expect(outcome.status == 1)
        #expect(outcome.verdictAgreesWithStatus)
        #expect(outcome.failingRules == releaseCase.failingRules)
    }
}
