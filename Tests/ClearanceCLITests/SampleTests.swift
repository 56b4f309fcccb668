import Foundation
import Testing

/// Each sample release reports exactly the mistakes `samples/README.md` says it makes.
@Suite struct SampleTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../samples"
    ).standardizedFileURL

    static let expected: [(sample: String, upstreams: Set<String>, failing: Set<String>)] = [
        (
            "llama-3.1-acme-8b", ["llama3.1"],
            ["llama3_1_license_copy", "llama3_1_notice_line", "llama3_1_acceptable_use", "bundle_facts_published"]
        ),
        (
            "relabelled-apache", ["llama3.1"],
            ["llama3_1_license_copy", "llama3_1_acceptable_use", "llama3_1_declared_license"]
        ),
        (
            "gguf-q4-quant", ["llama3.1"],
            [
                "llama3_1_license_copy", "llama3_1_built_with_display", "llama3_1_model_name_prefix",
                "llama3_1_acceptable_use", "metadata_gguf_license_agrees",
            ]
        ),
        (
            "gemma-lora-adapter", ["gemma"],
            ["gemma_license_copy", "gemma_notice_line", "gemma_use_restrictions", "metadata_base_model_declared"]
        ),
        ("lfs-pointer-clone", ["apache-2.0"], ["apache_2_0_license_copy", "integrity_missing_weights"]),
        ("pickle-payload", ["mit"], ["mit_license_copy", "security_pickle_code_execution"]),
        (
            "llama-3.2-vision-eu", ["llama3.2"],
            ["llama3_2_license_copy", "llama3_2_acceptable_use", "llama3_2_eu_multimodal", "bundle_facts_published"]
        ),
    ]

    @Test(arguments: 0..<expected.count)
    func sampleReportsItsMistakes(index: Int) throws {
        let (sample, upstreams, failing) = Self.expected[index]
        let outcome = try CheckOutcome.check(Self.samples.appendingPathComponent(sample).path)
        #expect(outcome.status == 1)
        #expect(outcome.upstreams == upstreams)
        #expect(outcome.failingRules == failing)
    }

    @Test func everySampleIsCovered() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(
                atPath: Self.samples.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
        #expect(Set(folders) == Set(Self.expected.map(\.sample)))
    }
}
