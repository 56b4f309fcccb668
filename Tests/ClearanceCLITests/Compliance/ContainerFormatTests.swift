import Testing

/// Compliant releases pass in every container `clearance` reads, and broken or hostile bundles
/// are findings of exactly their rule in each archive format.
@Suite(.enabled(if: UpstreamTexts.isAvailable, Comment(rawValue: UpstreamTexts.missingMessage)))
struct ContainerFormatTests {
    static let compliantLlama = LicenseFamily.compliantCases.first { $0.name == "llama3.1" }

    /// The matrix already packs releases in the rotation's containers.
    @Test(
        "a compliant release passes in the other archive containers",
        arguments: ReleaseContainer.allCases.filter { !ReleaseContainer.rotation.contains($0) && $0 != .singleFile })
    func compliantInEveryContainer(container: ReleaseContainer) throws {
        let compliant = try #require(Self.compliantLlama)
        let outcome = try ReleaseCheck.run(
            ReleaseCase(name: compliant.name, release: compliant.release, failingRules: [], container: container))
        #expect(outcome.status == 0)
        #expect(outcome.verdictAgreesWithStatus)
        #expect(outcome.failingRules.isEmpty, "false failures: \(outcome.failingRules.sorted())")
    }

    @Test("a broken or hostile bundle fails exactly its rule", arguments: ReleaseCase.hostile)
    func hostileBundleFailsItsRule(releaseCase: ReleaseCase) throws {
        let outcome = try ReleaseCheck.run(releaseCase)
        #expect(outcome.status == 1)
        #expect(outcome.verdictAgreesWithStatus)
        #expect(outcome.failingRules == releaseCase.failingRules)
    }
}
