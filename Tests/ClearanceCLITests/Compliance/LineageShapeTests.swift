import Testing

/// Quantizations, adapters, merges, distillations and relabelled releases: the lineage decides
/// which obligations apply, and `clearance check` reports exactly the ones broken.
@Suite(.enabled(if: UpstreamTexts.isAvailable, Comment(rawValue: UpstreamTexts.missingMessage)))
struct LineageShapeTests {
    @Test("the verdict follows the lineage", arguments: ReleaseCase.lineage)
    func verdictFollowsLineage(releaseCase: ReleaseCase) throws {
        let outcome = try ReleaseCheck.run(releaseCase)
        #expect(outcome.status == (releaseCase.failingRules.isEmpty ? 0 : 1))
        #expect(outcome.verdictAgreesWithStatus)
        #expect(outcome.failingRules == releaseCase.failingRules)
        if let upstreams = releaseCase.upstreams {
            #expect(outcome.upstreams == upstreams)
        }
    }
}
