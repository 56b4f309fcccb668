import BuiltinPolicies
@testable import PolicyEngine
import Testing

/// The Hub identifiers, `license_name` spellings, SPDX-style ScanCode references and card spellings
/// of the model licenses each name their pack (OBLIGATIONS §24's table and the spellings seen on cards).
@Suite struct ModelLicenseNamesTests {
    static let policies: PolicySet? = try? PolicySet.builtin()

    @Test(arguments: [
        ("mnpl", "mnpl"), ("MNPL-0.1", "mnpl"), ("MNLP-0.1", "mnpl"),
        ("falcon-llm-license", "falcon-llm-license"),
        ("flux-1-dev-non-commercial-license", "flux-1-dev-non-commercial-license"), ("flux_1_dev_non_commercial_license", "flux-1-dev-non-commercial-license"),
        ("LicenseRef-scancode-flux-1-nc", "flux-1-dev-non-commercial-license"), ("license-flux1-dev", "flux-1-dev-non-commercial-license"),
        ("stabilityai-ai-community", "stabilityai-ai-community"), ("LicenseRef-scancode-stability-ai-community-2024", "stabilityai-ai-community"),
        ("sai-nc-community", "sai-nc-community"), ("LicenseRef-scancode-stability-ai-nc-2023-12-06", "sai-nc-community"),
        ("deepfloyd-if-license", "deepfloyd-if-license"),
        ("tencent-hunyuan-community", "tencent-hunyuan-community"), ("LicenseRef-scancode-tencent-hunyuan-3d-2.0-cla", "tencent-hunyuan-community"),
        ("fair-noncommercial-research-license", "fair-noncommercial-research-license"),
        ("apple-ascl", "apple-ascl"), ("apple-amlr", "apple-amlr"),
        ("bigcode-openrail-m", "bigcode-openrail-m"), ("LicenseRef-scancode-bigcode-open-rail-m-v1", "bigcode-openrail-m"),
        ("yi-license", "yi-license"), ("internlm", "internlm"), ("glm-4", "glm-4"),
        ("health-ai-developer-foundations", "health-ai-developer-foundations"),
        ("health-ai-developer-foundations-terms-of-use", "health-ai-developer-foundations"),
    ])
    func aNameResolvesToItsPack(name: String, id: String) throws {
        let policies = try #require(Self.policies)
        #expect(policies.pack(named: name)?.license.id == id)
    }

    /// Labels whose texts were not verified are not guessed into a pack.
    @Test(arguments: ["stable-audio-community", "stable-audio-nc-community", "falcon-mamba-7b-license", "stable-cascade-nc-community", "openrail"])
    func anUnverifiedLabelResolvesToNoPack(name: String) throws {
        let policies = try #require(Self.policies)
        #expect(policies.pack(named: name) == nil)
    }
}
