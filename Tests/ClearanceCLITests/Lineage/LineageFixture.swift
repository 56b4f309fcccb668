import Foundation
import TestSupport

/// A release written file by file for the lineage tests, checked through the binary.
struct LineageFixture {
    let directory: TemporaryDirectory
    let root: String

    init(named name: String = "release") throws {
        directory = try TemporaryDirectory()
        root = directory.path(name)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    func write(_ path: String, _ text: String) throws {
        try directory.write("\(URL(fileURLWithPath: root).lastPathComponent)/\(path)", Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        try directory.write("\(URL(fileURLWithPath: root).lastPathComponent)/\(path)", bytes)
    }

    /// A card with `frontMatter` lines and a body.
    func card(_ frontMatter: [String], body: String = "# Model") throws {
        try write("README.md", "---\n" + frontMatter.joined(separator: "\n") + "\n---\n\n" + body + "\n")
    }

    /// A small safetensors file, so the release ships weights.
    func weights() throws {
        try write("model.safetensors", bytes: CorpusBuilder.safetensors([:]))
    }

    /// The JSON report and the exit status.
    func check(_ extra: [String] = []) throws -> (status: Int32, report: [String: Any]) {
        let result = try CLIRunner.run(["check", root, "--format", "json"] + extra)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        return (result.status, report)
    }

    static func licenses(_ report: [String: Any], role: String) -> [String] {
        (report["licenses"] as? [[String: Any]] ?? []).filter { $0["role"] as? String == role }.compactMap {
            $0["id"] as? String
        }.sorted()
    }

    static func findings(_ report: [String: Any], rule: String) -> [[String: Any]] {
        (report["findings"] as? [[String: Any]] ?? []).filter { $0["ruleId"] as? String == rule }
    }

    /// A Llama 3.1 8B `config.json`, as Meta publishes it.
    static let llama31Config = """
        {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 128256, "hidden_size": 4096,
         "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8, "intermediate_size": 14336,
         "rope_theta": 500000.0, "max_position_embeddings": 131072, "tie_word_embeddings": false,
         "rope_scaling": {"factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                          "original_max_position_embeddings": 8192, "rope_type": "llama3"}}
        """

    /// A Llama 3 8B `config.json`: 8192 positions, no rope scaling.
    static let llama3Config = """
        {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 128256, "hidden_size": 4096,
         "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8, "intermediate_size": 14336,
         "rope_theta": 500000.0, "max_position_embeddings": 8192, "tie_word_embeddings": false, "rope_scaling": null}
        """
}
