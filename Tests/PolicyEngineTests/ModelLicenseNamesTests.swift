import BuiltinPolicies
import Testing

@testable import PolicyEngine

/// The Hub identifiers, `license_name` spellings, SPDX-style ScanCode references and card spellings
/// of the model licenses each name their pack (OBLIGATIONS §24's table and the spellings seen on cards).
@Suite struct ModelLicenseNamesTests {
    static let policies: PolicySet? = try? PolicySet.builtin()

    @Test(arguments: [
        ("mnpl", "mnpl"), ("MNPL-0.1", "mnpl"), ("MNLP-0.1", "mnpl"),
        ("falcon-llm-license", "falcon-llm-license"),
        ("flux-1-dev-non-commercial-license", "flux-1-dev-non-commercial-license"),
        ("flux_1_dev_non_commercial_license", "flux-1-dev-non-commercial-license"),
        ("LicenseRef-scancode-flux-1-nc", "flux-1-dev-non-commercial-license"),
        ("license-flux1-dev", "flux-1-dev-non-commercial-license"),
        ("stabilityai-ai-community", "stabilityai-ai-community"),
        ("LicenseRef-scancode-stability-ai-community-2024", "stabilityai-ai-community"),
        ("sai-nc-community", "sai-nc-community"),
        ("LicenseRef-scancode-stability-ai-nc-2023-12-06", "sai-nc-community"),
        ("deepfloyd-if-license", "deepfloyd-if-license"),
        ("tencent-hunyuan-community", "tencent-hunyuan-community"),
        ("LicenseRef-scancode-tencent-hunyuan-3d-2.0-cla", "tencent-hunyuan-community"),
        ("fair-noncommercial-research-license", "fair-noncommercial-research-license"),
        ("apple-ascl", "apple-ascl"), ("apple-amlr", "apple-amlr"),
        ("bigcode-openrail-m", "bigcode-openrail-m"),
        ("LicenseRef-scancode-bigcode-open-rail-m-v1", "bigcode-openrail-m"),
        ("yi-license", "yi-license"), ("internlm", "internlm"), ("glm-4", "glm-4"),
        ("health-ai-developer-foundations", "health-ai-developer-foundations"),
        ("health-ai-developer-foundations-terms-of-use", "health-ai-developer-foundations"),
    ])
    func aNameResolvesToItsPack(name: String, id: String) throws {
        let policies = try #require(Self.policies)
        #expect(policies.pack(named: name)?.license.id == id)
    }

    /// The labels OBLIGATIONS §24 lists with an unverified text are not guessed into the pack of a
    /// text nobody matched them to: each resolves to a pack of its own whose one rule is a reviewer's
    /// question (the unreviewed template).
    @Test(arguments: ["stable-audio-community", "stable-audio-nc-community", "falcon-mamba-7b-license"])
    func anUnverifiedLabelResolvesToAnUnreviewedPack(name: String) throws {
        let policies = try #require(Self.policies)
        let pack = try #require(policies.pack(named: name))
        #expect(pack.license.id == name)
        #expect(pack.templates == ["unreviewed"])
        #expect(pack.rules.map(\.id) == ["\(name.replacingOccurrences(of: "-", with: "_"))_terms_reviewed"])
    }

    /// A label nobody has listed names no pack.
    @Test func anUnlistedLabelResolvesToNoPack() throws {
        let policies = try #require(Self.policies)
        #expect(policies.pack(named: "stable-cascade-nc-community") == nil)
    }
}
