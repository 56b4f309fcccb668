import Foundation
import Testing

/// Each source of explicit or stated lineage binds its base's license, with its file and line as
/// evidence in `licenses[].lineage`.
@Suite struct LineageSourceTests {
    struct Source: Sendable, CustomStringConvertible {
        let description: String
        let files: [String: String]
        let license: String
        let basis: String
        let path: String
        let line: Int?
    }

    static let sources: [Source] = [
        Source(
            description: "card base_model",
            files: ["README.md": "---\nlicense: other\nbase_model:\n- google/gemma-2-9b-it\n---\n# x\n"],
            license: "gemma", basis: "declared", path: "README.md", line: 4),
        Source(
            description: "adapter_config.json",
            files: [
                "adapter_config.json":
                    "{\n  \"peft_type\": \"LORA\",\n  \"base_model_name_or_path\": \"Qwen/Qwen2.5-7B\"\n}"
            ],
            license: "apache-2.0", basis: "declared", path: "adapter_config.json", line: 3),
        Source(
            description: "mergekit_config.yml",
            files: [
                "mergekit_config.yml":
                    "merge_method: ties\nbase_model: mistralai/Mistral-7B-v0.1\n"
                    + "models:\n  - model: mistralai/Mistral-7B-v0.1\n"
            ],
            license: "apache-2.0", basis: "declared", path: "mergekit_config.yml", line: 2),
        Source(
            description: "config.json _name_or_path",
            files: ["config.json": "{\n  \"_name_or_path\": \"microsoft/Phi-3-mini-4k-instruct\"\n}"],
            license: "mit", basis: "declared", path: "config.json", line: 2),
        Source(
            description: "quantize_config.json",
            files: ["quantize_config.json": "{\"bits\": 4,\n \"model_name_or_path\": \"meta-llama/Llama-2-7b-hf\"}"],
            license: "llama2", basis: "declared", path: "quantize_config.json", line: 2),
        Source(
            description: "diffusers model_index.json",
            files: [
                "model_index.json":
                    "{\"_class_name\": \"StableDiffusionPipeline\",\n \"_name_or_path\": \"runwayml/stable-diffusion-v1-5\",\n"
                    + " \"text_encoder\": [\"transformers\", \"CLIPTextModel\"]}",
                "text_encoder/config.json":
                    "{\"_name_or_path\": \"openai/clip-vit-large-patch14\", \"architectures\": [\"CLIPTextModel\"]}",
            ],
            license: "creativeml-openrail-m", basis: "declared", path: "model_index.json", line: 2),
        Source(
            description: "Ollama Modelfile FROM",
            files: ["Modelfile": "# support bot\nFROM llama3.1:8b\nSYSTEM You are brief.\n"],
            license: "llama3.1", basis: "declared", path: "Modelfile", line: 2),
        Source(
            description: "card prose",
            files: [
                "README.md":
                    "---\nlicense: mit\n---\n# x\n\nWe fine-tuned from Llama-3.2-3B-Instruct on support chats.\n"
            ],
            license: "llama3.2", basis: "stated", path: "README.md", line: 6),
        Source(
            description: "card title", files: ["README.md": "---\nlicense: mit\n---\n# Qwen2.5-7B-Support\n"],
            license: "apache-2.0", basis: "stated", path: "README.md", line: nil),
    ]

    @Test(arguments: sources)
    func bindsWithItsEvidence(_ source: Source) throws {
        let release = try LineageFixture(named: "release")
        for (path, text) in source.files { try release.write(path, text) }
        try release.weights()
        let report = try release.check().report
        #expect(LineageFixture.licenses(report, role: "upstream") == [source.license])
        let upstream = (report["licenses"] as? [[String: Any]])?.first {
            $0["id"] as? String == source.license && $0["role"] as? String == "upstream"
        }
        let links = upstream?["lineage"] as? [[String: Any]] ?? []
        let link = try #require(links.first { $0["basis"] as? String == source.basis }, "\(links)")
        let evidence = try #require((link["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["path"] as? String == source.path)
        #expect(evidence["line"] as? Int == source.line)
    }

    @Test func withoutANameInsideTheFolderNameIsJudgedAndSaysSo() throws {
        let release = try LineageFixture(named: "Acme-Llama-3.1-8B")
        try release.write("config.json", LineageFixture.llama31Config)
        try release.weights()
        let naming = try #require(
            LineageFixture.findings(try release.check().report, rule: "llama3_1_model_name_prefix").first)
        #expect(naming["status"] as? String == "fail")
        #expect((naming["message"] as? String ?? "").contains("folder name"))
    }
}
