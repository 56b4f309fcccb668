import Testing

@testable import PolicyEngine

/// The name `clearance fix` suggests for a model whose name does not begin with the licensor's mark
/// (it never renames): the mark moved to the front, keeping what the name says.
@Suite struct SuggestedNameTests {
    @Test(arguments: [
        ("Meta-Llama-3.1-8B-Instruct-GGUF", "Llama-3.1-8B-Instruct-GGUF"),
        ("Meta-Llama-3.1-8B-Instruct-Q4_K_M", "Llama-3.1-8B-Instruct-Q4_K_M"),
        ("acme/Meta-Llama-3.1-8B-Acme", "acme/Llama-3.1-8B-Acme"),
        ("Acme-Distill-7B", "Llama-Acme-Distill-7B"),
        ("acme/Acme-Distill-7B", "acme/Llama-Acme-Distill-7B"),
        ("OpenLlama-7B", "Llama-OpenLlama-7B"),
        ("Acme Llama 3 Chat", "Llama 3 Chat"),
    ])
    func theMarkComesFirst(name: String, suggested: String) {
        let result = NamePrefixCheck.suggestedName(for: name, prefix: "Llama")
        #expect(result == suggested)
        #expect(NamePrefixCheck.judge(result, prefix: "Llama", near: []) == .begins)
    }
}
