import Testing

/// The obligations the model licenses decide from facts, end to end: `clearance check` on a release
/// with a facts file gives the rule the status its facts call for, and a missing fact is a question.
@Suite(.enabled(if: UpstreamTexts.isAvailable, Comment(rawValue: UpstreamTexts.missingMessage)))
struct ThresholdFactsTests {
    private func status(
        of rule: String, in family: LicenseFamily, _ change: (inout ReleaseFacts) -> Void
    ) throws -> String? {
        var release = family.compliant
        if var facts = release.facts {
            change(&facts)
            release.facts = facts
        }
        let outcome = try ReleaseCheck.run(ReleaseCase(name: family.name, release: release, failingRules: []))
        #expect(outcome.verdictAgreesWithStatus)
        return outcome.report.findings.first { $0.ruleId == rule }?.status
    }

    @Test(arguments: [(Int64(800_000), "pass"), (1_000_000, "pass"), (1_000_001, "fail"), (25_000_000, "fail")])
    func revenueAgainstStabilitysThreshold(revenue: Int64, expected: String) throws {
        let found = try status(of: "stabilityai_ai_community_revenue_threshold", in: LicenseFamily.stabilityCommunity) {
            $0.annualRevenueUSD = revenue
        }
        #expect(found == expected)
    }

    @Test func revenueAboveTheThresholdIsNoMatterForNonCommercialUse() throws {
        let found = try status(of: "stabilityai_ai_community_revenue_threshold", in: LicenseFamily.stabilityCommunity) {
            $0.annualRevenueUSD = 25_000_000
            $0.commercial = false
        }
        #expect(found == "pass")
    }

    @Test func undeclaredRevenueIsAQuestion() throws {
        let found = try status(of: "stabilityai_ai_community_revenue_threshold", in: LicenseFamily.stabilityCommunity) {
            $0.annualRevenueUSD = nil
        }
        #expect(found == "needs-review")
    }

    @Test(arguments: [
        (["US", "JP"], "US", "pass"),
        (["US", "FR"], "US", "fail"),
        (["EU"], "US", "fail"),
        (["GB"], "US", "fail"),
        (["KR"], "US", "fail"),
        (["US"], "KR", "fail"),
        (["US"], "DE", "fail"),
    ])
    func territoryAgainstHunyuansExclusion(territories: [String], domicile: String, expected: String) throws {
        let found = try status(of: "tencent_hunyuan_community_territory", in: LicenseFamily.hunyuan) {
            $0.territories = territories
            $0.domicile = domicile
        }
        #expect(found == expected)
    }

    @Test func anUndeclaredTerritoryIsAQuestion() throws {
        let found = try status(of: "tencent_hunyuan_community_territory", in: LicenseFamily.hunyuan) {
            $0.territories = nil
        }
        #expect(found == "needs-review")
        let noDomicile = try status(of: "tencent_hunyuan_community_territory", in: LicenseFamily.hunyuan) {
            $0.domicile = nil
        }
        #expect(noDomicile == "needs-review")
    }

    @Test(arguments: [(true, "fail"), (false, "pass")])
    func aCommercialFluxDevLoRAFails(commercial: Bool, expected: String) throws {
        let found = try status(of: "flux_1_dev_non_commercial_license_non_commercial", in: LicenseFamily.flux) {
            $0.commercial = commercial
        }
        #expect(found == expected)
    }
}
