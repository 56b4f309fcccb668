import TestSupport
import Testing

/// A base model named by its id in the card and by its Hub URL in a GGUF header or a config is
/// one base: the summary names it once.
@Suite struct BaseNamedOnceTests {
    @Test func anIdAndItsURLAreOneBase() throws {
        let directory = try TemporaryDirectory()
        let base = "meta-llama/Llama-3.1-8B-Instruct"
        try directory.write(
            "release/README.md",
            "---\nlicense: llama3.1\nbase_model: \(base)\nbase_model_relation: finetune\n---\n# Llama-3.1-Acme-8B\n")
        try directory.write(
            "release/config.json",
            #"{"architectures": ["LlamaForCausalLM"], "_name_or_path": "https://huggingface.co/\#(base)/tree/main"}"#)
        try directory.write("release/model.safetensors", TinyWeights.safetensors)
        try directory.write(
            "release/Llama-3.1-Acme-8B-Q4_K_M.gguf",
            TinyWeights.quantization(name: "Llama-3.1-Acme-8B", license: "llama3.1", baseRepository: base))
        let checklist = try CLIRunner.run(["checklist", directory.path("release")])
        let released = checklist.stdout.split(separator: "\n").first { $0.hasPrefix("**What is released.**") } ?? ""
        #expect(released.contains("a fine-tune of \(base):"), "\(released)")
        #expect(!released.contains("huggingface.co"), "\(released)")
        let derives = checklist.stdout.split(separator: "\n").filter { $0.hasPrefix("- ") && $0.contains("named in") }
        #expect(derives.count == 1, "\(derives)")
    }
}
