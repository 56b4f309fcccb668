import Foundation
import Testing

/// The derivative's own license judged against every upstream (issue 12 item 3), end to end
/// through `clearance check`: what a no-derivatives, share-alike or non-commercial upstream makes of
/// a release, and a merge whose upstreams cannot both be met by the license it declares.
@Suite(.enabled(if: UpstreamTexts.isAvailable, Comment(rawValue: UpstreamTexts.missingMessage)))
struct CompatibilityTests {
    static let base = "acme-research/wiki-lm-7b"

    /// A fine-tune of a private base no registry knows, named with its license `upstream` in the
    /// facts (`model.upstream`), declaring `license` and shipping `texts`.
    private static func fineTune(
        of upstream: String, declaring license: String, texts: [String: String],
        commercial: Bool = false
    ) -> Release {
        var facts = ReleaseFacts(upstream: [(base, upstream)])
        facts.commercial = commercial
        var release = Release.fineTune(
            of: base, named: "wiki-lm-acme-7b", license: Release.listed(license),
            licenseText: "", facts: facts)
        release.files["LICENSE"] = nil
        for (path, text) in texts { release[text: path] = text }
        return release
    }

    /// A merge of two private bases, each named with its license in the facts, declaring `license`.
    private static func merge(
        _ first: (model: String, license: String), _ second: (model: String, license: String),
        declaring license: String, texts: [String: String]
    ) -> Release {
        var release = Release(
            card: ModelCard(
                frontMatter: [
                    ("license", license), ("base_model", "[\(first.model), \(second.model)]"),
                    ("base_model_relation", "merge"),
                ],
                title: "Acme-Merge-7B",
                paragraphs: ["A TIES merge of \(first.model) and \(second.model), made with mergekit."]
            ), facts: ReleaseFacts(commercial: false, upstream: [first, second]))
        for (path, text) in texts { release[text: path] = text }
        release.files["model.safetensors"] = TinyWeights.safetensors
        return release
    }

    @Test func aFineTuneOfANoDerivativesModelFails() throws {
        let release = Self.fineTune(of: "cc-by-nd-4.0", declaring: "cc-by-nd-4.0", texts: [:])
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "ND fine-tune", release: release, failingRules: []))
        #expect(outcome.status == 1)
        #expect(outcome.failingRules == ["cc_by_nd_4_0_no_derivatives"])
    }

    @Test func aQuantizationOfANoDerivativesModelIsAQuestion() throws {
        var release = Self.fineTune(of: "cc-by-nd-4.0", declaring: "cc-by-nd-4.0", texts: [:])
        release.card?["base_model_relation"] = "quantized"
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "ND quantization", release: release, failingRules: []))
        #expect(outcome.status == 0)
        #expect(outcome.report.verdict == "review")
        #expect(outcome.statuses["cc_by_nd_4_0_no_derivatives"] == ["needs-review"])
    }

    @Test func aShareAlikeBaseRelicensedMITFails() throws {
        let release = Self.fineTune(of: "cc-by-sa-3.0", declaring: "mit", texts: ["LICENSE": UpstreamTexts.text("mit")])
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "SA + mit", release: release, failingRules: []))
        #expect(outcome.status == 1)
        #expect(outcome.failingRules.contains("cc_by_sa_3_0_share_alike"))
        #expect(outcome.upstreams.contains("cc-by-sa-3.0"))
    }

    @Test(
        "a share-alike base under its own license, or a later version it allows, passes",
        arguments: ["cc-by-sa-3.0", "cc-by-sa-4.0"])
    func aShareAlikeBaseUnderTheSameLicensePasses(declared: String) throws {
        let release = Self.fineTune(
            of: "cc-by-sa-3.0", declaring: declared,
            texts: ["LICENSE": UpstreamTexts.text(declared)])
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "SA + \(declared)", release: release, failingRules: []))
        #expect(!outcome.failingRules.contains { $0.hasSuffix("_share_alike") }, "\(outcome.failingRules)")
        #expect(outcome.statuses["cc_by_sa_3_0_share_alike"] == ["pass"])
    }

    @Test func aNonCommercialBaseDistributedCommerciallyFails() throws {
        let release = Self.fineTune(
            of: "cc-by-nc-4.0", declaring: "cc-by-nc-4.0",
            texts: ["LICENSE": UpstreamTexts.text("cc-by-nc-4.0")], commercial: true)
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "NC + commercial", release: release, failingRules: []))
        #expect(outcome.status == 1)
        #expect(outcome.failingRules == ["cc_by_nc_4_0_non_commercial"])
    }

    /// Aya Expanse (CC BY-NC 4.0) merged with Qwen2.5 (Apache-2.0), the merge declared apache-2.0.
    @Test func aNonCommercialAndAnApacheBaseMergedAsApacheFailsNamingBoth() throws {
        let qwen = "Qwen/Qwen2.5-7B-Instruct", aya = "CohereForAI/aya-expanse-8b"
        var release = Release(
            card: ModelCard(
                frontMatter: [
                    ("license", "apache-2.0"), ("base_model", "[\(qwen), \(aya)]"), ("base_model_relation", "merge"),
                ],
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
        let release = Self.merge(
            ("acme-research/wiki-lm-7b", "cc-by-sa-3.0"), ("acme-research/code-lm-7b", "gpl-2.0"),
            declaring: "cc-by-sa-3.0",
            texts: [
                "LICENSE": UpstreamTexts.text("cc-by-sa-3.0"),
                "LICENSE-GPL": UpstreamTexts.text("gpl-2.0"),
            ])
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "SA + GPL", release: release, failingRules: []))
        #expect(outcome.status == 1)
        #expect(outcome.upstreams == ["cc-by-sa-3.0", "gpl-2.0"])
        #expect(outcome.failingRules.isSuperset(of: ["metadata_upstream_licenses_compatible", "gpl_2_0_share_alike"]))
        let message = try #require(outcome.messages["metadata_upstream_licenses_compatible"]?.first)
        #expect(message.contains("cc-by-sa-3.0") && message.contains("gpl-2.0"), "\(message)")
    }

    /// A merge is judged against each of its upstreams: a share-alike and a permissive base, declared
    /// under the share-alike license, meet both; declared under the permissive one, the share-alike
    /// upstream fails and names itself, while the permissive one is satisfied.
    @Test func aMergeIsJudgedAgainstEachUpstream() throws {
        let wiki = ("acme-research/wiki-lm-7b", "cc-by-sa-4.0"), tools = ("acme-research/tools-lm-7b", "mit")
        let texts = [
            "LICENSE": UpstreamTexts.text("cc-by-sa-4.0"),
            "LICENSE-MIT": "MIT License\n\n" + UpstreamTexts.text("mit"),
        ]
        let together = try ReleaseCheck.run(
            ReleaseCase(
                name: "SA + MIT as SA", release: Self.merge(wiki, tools, declaring: "cc-by-sa-4.0", texts: texts),
                failingRules: []))
        #expect(together.upstreams == ["cc-by-sa-4.0", "mit"])
        #expect(together.statuses["cc_by_sa_4_0_share_alike"] == ["pass"])
        #expect(together.statuses["metadata_upstream_licenses_compatible"] == ["pass"])
        let relicensed = try ReleaseCheck.run(
            ReleaseCase(
                name: "SA + MIT as MIT", release: Self.merge(wiki, tools, declaring: "mit", texts: texts),
                failingRules: []))
        #expect(relicensed.status == 1)
        #expect(relicensed.failingRules.contains("cc_by_sa_4_0_share_alike"))
        #expect(!relicensed.failingRules.contains { $0.hasPrefix("mit_") }, "\(relicensed.failingRules)")
        let message = try #require(relicensed.messages["cc_by_sa_4_0_share_alike"]?.first)
        #expect(message.contains("cc-by-sa-4.0") && message.contains("acme-research/wiki-lm-7b"), "\(message)")
    }

    /// A private base's license in the facts may be spelled as the SPDX id or any name its pack
    /// answers to: it binds that pack, as a registry entry would (issue 12 item 6).
    @Test func aPrivateBaseLicenseBindsUnderAnyOfItsNames() throws {
        let release = Self.fineTune(of: "CC-BY-ND-4.0", declaring: "cc-by-nd-4.0", texts: [:])
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "ND in SPDX spelling", release: release, failingRules: []))
        #expect(outcome.upstreams == ["cc-by-nd-4.0"])
        #expect(outcome.failingRules == ["cc_by_nd_4_0_no_derivatives"])
    }

    /// `license: gpl` names no license: the GPL-3.0 text shipped answers which, and its obligations apply.
    @Test func aFamilyIdentifierIsAnsweredByTheTextShipped() throws {
        let answered = Self.fineTune(of: "gpl", declaring: "gpl", texts: ["LICENSE": UpstreamTexts.text("gpl-3.0")])
        let outcome = try ReleaseCheck.run(ReleaseCase(name: "gpl + GPL-3.0 text", release: answered, failingRules: []))
        #expect(outcome.upstreams == ["gpl", "gpl-3.0"])
        #expect(outcome.statuses["gpl_member"] == ["pass"])
        #expect(outcome.statuses["gpl_3_0_share_alike"] == ["needs-review"])
        let open = Self.fineTune(of: "gpl", declaring: "gpl", texts: [:])
        let question = try ReleaseCheck.run(ReleaseCase(name: "gpl alone", release: open, failingRules: []))
        #expect(question.upstreams == ["gpl"])
        #expect(question.statuses["gpl_member"] == ["needs-review"])
    }
}
