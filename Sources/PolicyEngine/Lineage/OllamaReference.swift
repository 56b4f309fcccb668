/// The model an Ollama `FROM` (or a manifest's path) names, as a Hugging Face repository the
/// registry knows: `hf.co/org/name:Q4_K_M` is `org/name`; a library name (`llama3.1:8b`) is the
/// family's instruct release on the Hub, whose license the library model carries. A local file
/// (`./model.gguf`) names no model: the file's own metadata does.
enum OllamaReference {
    /// The Hub repository `from` stands for, or nil for a local file or an unknown name.
    static func repository(_ from: String) -> String? {
        let value = from.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty, !isLocalPath(value) else { return nil }
        let lower = value.lowercased()
        for prefix in ["hf.co/", "huggingface.co/", "https://huggingface.co/", "https://hf.co/"]
        where lower.hasPrefix(prefix) {
            let parts = value.dropFirst(prefix.count).split(separator: "/")
            guard parts.count >= 2 else { return nil }
            return "\(parts[0])/\(parts[1].split(separator: ":").first ?? parts[1])"
        }
        var name = lower.split(separator: ":").first.map(String.init) ?? lower
        for prefix in ["registry.ollama.ai/library/", "ollama.com/library/", "library/"] where name.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
        }
        return library[name]
    }

    /// A path to a file or folder rather than a model name.
    static func isLocalPath(_ value: String) -> Bool {
        value.hasPrefix(".") || value.hasPrefix("/") || value.hasPrefix("~")
            || [".gguf", ".bin", ".safetensors"].contains { value.lowercased().hasSuffix($0) }
    }

    /// Ollama library names and the Hub repository each library model is built from
    /// (https://ollama.com/library, each model's page names its source).
    static let library: [String: String] = [
        "llama2": "meta-llama/Llama-2-7b-chat-hf",
        "llama3": "meta-llama/Meta-Llama-3-8B-Instruct",
        "llama3.1": "meta-llama/Llama-3.1-8B-Instruct",
        "llama3.2": "meta-llama/Llama-3.2-3B-Instruct",
        "llama3.2-vision": "meta-llama/Llama-3.2-11B-Vision-Instruct",
        "llama3.3": "meta-llama/Llama-3.3-70B-Instruct",
        "llama4": "meta-llama/Llama-4-Scout-17B-16E-Instruct",
        "gemma": "google/gemma-7b-it",
        "gemma2": "google/gemma-2-9b-it",
        "gemma3": "google/gemma-3-4b-it",
        "qwen": "Qwen/Qwen-7B-Chat",
        "qwen2": "Qwen/Qwen2-7B-Instruct",
        "qwen2.5": "Qwen/Qwen2.5-7B-Instruct",
        "qwen3": "Qwen/Qwen3-8B",
        "mistral": "mistralai/Mistral-7B-Instruct-v0.3",
        "mistral-nemo": "mistralai/Mistral-Nemo-Instruct-2407",
        "mixtral": "mistralai/Mixtral-8x7B-Instruct-v0.1",
        "phi3": "microsoft/Phi-3-mini-4k-instruct",
        "phi4": "microsoft/phi-4",
        "falcon": "tiiuae/falcon-7b-instruct",
        "tinyllama": "TinyLlama/TinyLlama-1.1B-Chat-v1.0",
    ]
}
