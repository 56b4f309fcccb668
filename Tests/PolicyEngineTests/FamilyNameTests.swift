import Testing

@testable import PolicyEngine

/// Names carry a family, a version and a size the way people write them.
@Suite struct FamilyNameTests {
    @Test(arguments: [
        ("Meta-Llama-3.1-8B-Instruct", "llama", "3.1", "8B"),
        ("llama2-7b-exporttest1", "llama", "2", "7B"),
        ("LLaMA-7B", "llama", "1", "7B"),
        ("gemma-2-9b-it", "gemma", "2", "9B"),
        ("Qwen2.5-72B-Instruct", "qwen", "2.5", "72B"),
        ("Mistral-7B-v0.3", "mistral", "0.3", "7B"),
        ("falcon-7b", "falcon", "1", "7B"),
        ("DeepSeek-R1-Distill-Qwen-14B", "deepseek", "r1-distill", "14B"),
        (" meta-llama/Llama-2-7b-chat-hf: Acme AI modified its weights", "llama", "2", "7B"),
    ])
    func readsFamilyVersionAndSize(name: String, family: String, version: String, size: String) throws {
        let parsed = try #require(FamilyName(name))
        #expect(parsed.family == family)
        #expect(parsed.version == version)
        #expect(parsed.size == size)
    }

    @Test func aNameWithoutAFamilyIsNone() {
        #expect(FamilyName("vigogne-2-7b-chat") == nil)
        #expect(FamilyName("TinyLlama-1.1B-Chat") == nil)
    }
}
