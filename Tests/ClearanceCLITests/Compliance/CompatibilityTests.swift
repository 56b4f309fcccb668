import Foundation
import Testing

/// The derivative's own license judged against every upstream (issue 12 item 3), end to end
/// through `clearance check`: what a no-derivatives, share-alike or non-commercial upstream makes of
/// a release, and a merge whose upstreams cannot both be met by the license it declares.
@Suite(.enabled(if: UpstreamTexts.isAvailable, Comment(rawValue: UpstreamTexts.missingMessage)))
struct CompatibilityTests {
    /// A fine-tune of a base no registry knows, declaring `license` and shipping `texts`.
    private static func fineTune(declaring license: String, texts: [String: String], commercial: Bool = false) -> Release {
        var facts = ReleaseFacts()
        facts.commercial = commercial
        var release = Release.fineTune(of: "acme-research/wiki-lm-7b", named: "wiki-lm-acme-7b", license: Release.listed(license),
                                       licenseText: "", facts: facts)
        release.files["LICENSE"] = nil
        for (path, text) in texts { release[text: path] = text }
        return release
    }

    @Test func aFineTuneOfANoDerivativesModelFails() throws {
        let release = Self.fineTune(declaring: "cc-by-nd-4.0", texts: [:])
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "ND fine-tune", release: release, failingRules: []))
        #expect(outcome.status == 1)
        #expect(outcome.failingRules == ["cc_by_nd_4_0_no_derivatives"])
    }

    @Test func aQuantizationOfANoDerivativesModelIsAQuestion() throws {
        var release = Self.fineTune(declaring: "cc-by-nd-4.0", texts: [:])
        release.card?["base_model_relation"] = "quantized"
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "ND quantization", release: release, failingRules: []))
        #expect(outcome.status == 0)
        #expect(outcome.report.verdict == "review")
        #expect(outcome.statuses["cc_by_nd_4_0_no_derivatives"] == ["needs-review"])
    }

    @Test func aShareAlikeBaseRelicensedMITFails() throws {
        let release = Self.fineTune(declaring: "mit", texts: ["LICENSE": UpstreamTexts.text("cc-by-sa-3.0")])
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "SA + mit", release: release, failingRules: []))
        #expect(outcome.status == 1)
        #expect(outcome.failingRules.contains("cc_by_sa_3_0_share_alike"))
        #expect(outcome.upstreams.contains("cc-by-sa-3.0"))
    }

    @Test("a share-alike base under its own license, or a later version it allows, passes", arguments: ["cc-by-sa-3.0", "cc-by-sa-4.0"])
    func aShareAlikeBaseUnderTheSameLicensePasses(declared: String) throws {
        let release = Self.fineTune(declaring: declared, texts: ["LICENSE-UPSTREAM": UpstreamTexts.text("cc-by-sa-3.0")])
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "SA + \(declared)", release: release, failingRules: []))
        #expect(!outcome.failingRules.contains { $0.hasSuffix("_share_alike") }, "\(outcome.failingRules)")
        #expect(outcome.statuses["cc_by_sa_3_0_share_alike"] == ["pass"])
    }

    @Test func aNonCommercialBaseDistributedCommerciallyFails() throws {
        let release = Self.fineTune(declaring: "cc-by-nc-4.0", texts: ["LICENSE": UpstreamTexts.text("cc-by-nc-4.0")], commercial: true)
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "NC + commercial", release: release, failingRules: []))
        #expect(outcome.status == 1)
        #expect(outcome.failingRules == ["cc_by_nc_4_0_non_commercial"])
    }

    /// Aya Expanse (CC BY-NC 4.0) merged with Qwen2.5 (Apache-2.0), the merge declared apache-2.0.
    @Test func aNonCommercialAndAnApacheBaseMergedAsApacheFailsNamingBoth() throws {
        let qwen = "Qwen/Qwen2.5-7B-Instruct", aya = "CohereForAI/aya-expanse-8b"
        var release = Release(card: ModelCard(
            frontMatter: [("license", "apache-2.0"), ("base_model", "[\(qwen), \(aya)]"), ("base_model_relation", "merge")],
            title: "Acme-Merge-8B", paragraphs: ["A TIES merge of \(qwen) and \(aya), made with mergekit."]
        ), facts: ReleaseFacts(commercial: false))
        release[text: "LICENSE"] = UpstreamTexts.text("apache-2.0")
        release[text: "LICENSE-CC-BY-NC"] = UpstreamTexts.text("cc-by-nc-4.0")
        release.files["model.safetensors"] = TinyWeights.safetensors
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "NC + Apache merge", release: release, failingRules: []))
        #expect(outcome.status == 1)
        #expect(outcome.upstreams == ["apache-2.0", "cc-by-nc-4.0"])
        #expect(outcome.failingRules == ["cc_by_nc_4_0_declared_license"])
        let message = try #require(outcome.messages["cc_by_nc_4_0_declared_license"]?.first)
        #expect(message.contains("apache-2.0, the license of \(qwen)") && message.contains(aya), "\(message)")
    }

    /// Two share-alike upstreams that name neither the other: no license meets both.
    @Test func twoShareAlikeUpstreamsThatDoNotNameEachOtherFail() throws {
        let release = Self.fineTune(declaring: "cc-by-sa-3.0", texts: ["LICENSE": UpstreamTexts.text("cc-by-sa-3.0"),
                                                                       "LICENSE-GPL": UpstreamTexts.text("gpl-2.0")])
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "SA + GPL", release: release, failingRules: []))
        #expect(outcome.status == 1)
        #expect(outcome.failingRules.isSuperset(of: ["metadata_upstream_licenses_compatible", "gpl_2_0_share_alike"]))
    }

    /// `license: gpl` names no license: the GPL-3.0 text shipped answers which, and its obligations apply.
    @Test func aFamilyIdentifierIsAnsweredByTheTextShipped() throws {
        let answered = Self.fineTune(declaring: "gpl", texts: ["LICENSE": UpstreamTexts.text("gpl-3.0")])
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "gpl + GPL-3.0 text", release: answered, failingRules: []))
        #expect(outcome.upstreams == ["gpl", "gpl-3.0"])
        #expect(outcome.statuses["gpl_member"] == ["pass"])
        #expect(outcome.statuses["gpl_3_0_share_alike"] == ["needs-review"])
        let open = Self.fineTune(declaring: "gpl", texts: [:])
        let question = try ReleaseCheck.run(ReleaseCase(name: "gpl alone", release: open, failingRules: []))
        #expect(question.upstreams == ["gpl"])
        #expect(question.statuses["gpl_member"] == ["needs-review"])
    }
}
