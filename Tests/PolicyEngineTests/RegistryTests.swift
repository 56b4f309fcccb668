import BundleModel
import Foundation
import Testing

@testable import PolicyEngine

/// The registry maps well-known repositories to licenses, exceptions first.
@Suite struct RegistryTests {
    static let registry: ModelRegistry? = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../policies/registry.yml"
        ).path
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return try? StrictYAML.decode(ModelRegistry.self, from: text, file: file)
    }()

    @Test(arguments: [
        ("meta-llama/Llama-3.1-8B-Instruct", ["llama3.1"]),
        ("meta-llama/Meta-Llama-3.1-70B", ["llama3.1"]),
        ("https://huggingface.co/meta-llama/Llama-3.2-11B-Vision-Instruct", ["llama3.2"]),
        ("meta-llama/Llama-3.2-3B", ["llama3.2"]),
        ("meta-llama/Meta-Llama-3-8B", ["llama3"]),
        ("Qwen/Qwen2.5-7B-Instruct", ["apache-2.0"]),
        ("Qwen/Qwen2.5-3B-Instruct", ["qwen-research"]),
        ("Qwen/Qwen2.5-72B-Instruct", ["qwen"]),
        ("qwen/qwen2.5-72b", ["qwen"]),
        ("google/gemma-2-9b-it", ["gemma"]),
        ("deepseek-ai/DeepSeek-R1-Distill-Llama-8B", ["llama3.1", "mit"]),
        ("deepseek-ai/DeepSeek-R1", ["mit"]),
        ("deepseek-ai/DeepSeek-V3-Base", ["deepseek"]),
        ("mistralai/Mistral-Large-Instruct-2407", ["mrl"]),
        ("mistralai/Mistral-7B-Instruct-v0.3", ["apache-2.0"]),
        ("tiiuae/falcon-180B", ["falcon-180b"]),
        ("unsloth/llama-3-8b-bnb-4bit", ["llama3"]),
        ("unsloth/Meta-Llama-3.1-8B-Instruct", ["llama3.1"]),
        ("unsloth/Qwen2.5-3B-Instruct", ["qwen-research"]),
        ("unsloth/Qwen2.5-7B-Instruct-bnb-4bit", ["apache-2.0"]),
        ("NousResearch/Llama-2-7b-hf", ["llama2"]),
        ("black-forest-labs/FLUX.1-dev", ["flux-1-dev-non-commercial-license"]),
        ("black-forest-labs/FLUX.1-Kontext-dev", ["flux-1-dev-non-commercial-license"]),
        ("black-forest-labs/FLUX.1-schnell", ["apache-2.0"]),
        ("stabilityai/stable-diffusion-3.5-large", ["stabilityai-ai-community"]),
        ("stabilityai/sdxl-turbo", ["sai-nc-community"]),
        ("stabilityai/stable-diffusion-xl-base-1.0", ["openrail++"]),
        ("DeepFloyd/IF-I-XL-v1.0", ["deepfloyd-if-license"]),
        ("mistralai/Codestral-22B-v0.1", ["mnpl"]),
        ("mistralai/Mamba-Codestral-7B-v0.1", ["apache-2.0"]),
        ("tiiuae/Falcon3-7B-Instruct", ["falcon-llm-license"]),
        ("tencent/HunyuanVideo", ["tencent-hunyuan-community"]),
        ("bigcode/starcoder2-15b", ["bigcode-openrail-m"]),
        ("01-ai/Yi-34B", ["yi-license"]),
        ("01-ai/Yi-1.5-34B-Chat", ["apache-2.0"]),
        ("internlm/internlm2_5-7b-chat", ["internlm"]),
        ("internlm/internlm3-8b-instruct", ["apache-2.0"]),
        ("THUDM/glm-4-9b-chat", ["glm-4"]),
        ("google/medgemma-4b-it", ["health-ai-developer-foundations"]),
        ("unsloth/medgemma-27b-text-it", ["health-ai-developer-foundations"]),
        ("google/gemma-3-4b-it", ["gemma"]),
    ])
    func resolves(reference: String, licenses: [String]) throws {
        let registry = try #require(Self.registry)
        #expect(registry.entry(for: reference)?.licenses == licenses)
    }

    @Test func multimodalModelsAreMarked() throws {
        let registry = try #require(Self.registry)
        #expect(registry.entry(for: "meta-llama/Llama-3.2-90B-Vision")?.multimodal == true)
        #expect(registry.entry(for: "meta-llama/Llama-3.2-1B")?.multimodal != true)
        #expect(registry.entry(for: "unsloth/Llama-3.2-11B-Vision-Instruct")?.multimodal == true)
    }

    @Test func unknownModelsAreUnresolved() throws {
        let registry = try #require(Self.registry)
        #expect(registry.entry(for: "someone/my-finetune") == nil)
        #expect(registry.entry(for: "/data/checkpoints/llama") == nil)
    }

    @Test(arguments: [
        ("docs/**", "docs/a/b.md", true, true),
        ("docs/*", "docs/a/b.md", true, false),
        ("*.md", "README.md", true, true),
        ("meta-llama/llama-3.2-*vision*", "meta-llama/llama-3.2-11b-vision-instruct", false, true),
        ("a?c", "abc", false, true),
        ("a?c", "abbc", false, false),
    ])
    func globs(pattern: String, text: String, pathAware: Bool, expected: Bool) {
        #expect(Glob.matches(pattern, text, pathAware: pathAware) == expected)
    }
}
