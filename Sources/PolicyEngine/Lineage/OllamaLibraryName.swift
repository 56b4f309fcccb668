/// The model an Ollama `FROM` names, as a Hugging Face repository: `hf.co/org/name:Q4_K_M` is
/// `org/name`; a library name (`llama3.1:8b`) is the base its family, version and size tag name in
/// the base-model table, at the library's default size when the tag gives none. A local file
/// (`./model.gguf`) names no model: the file's own metadata does.
enum OllamaLibraryName {
    /// The size each library name pulls without a size tag (https://ollama.com/library).
    static let defaultSizes: [String: String] = [
        "llama2": "7b", "llama3": "8b", "llama3.1": "8b", "llama3.2": "3b", "llama3.3": "70b", "gemma": "7b", "gemma2": "9b",
        "gemma3": "4b", "qwen": "7b", "qwen2": "7b", "qwen2.5": "7b", "qwen3": "8b", "mistral": "7b", "mixtral": "8x7b",
        "phi3": "3.8b", "phi4": "14b", "falcon": "7b", "falcon3": "7b",
    ]
    /// Library names whose default is not the first version of the family.
    static let defaultVersions: [String: String] = ["mistral": "v0.3"]

    /// The repository `from` stands for, or nil for a local file or a name the table does not know.
    static func repository(_ from: String, table: BaseModelTable) -> String? {
        let value = from.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty, !isLocalPath(value) else { return nil }
        let lower = value.lowercased()
        for prefix in ["https://huggingface.co/", "https://hf.co/", "huggingface.co/", "hf.co/"] where lower.hasPrefix(prefix) {
            let parts = value.dropFirst(prefix.count).split(separator: "/")
            guard parts.count >= 2 else { return nil }
            return "\(parts[0])/\(parts[1].split(separator: ":").first ?? parts[1])"
        }
        var name = lower
        for prefix in ["registry.ollama.ai/library/", "ollama.com/library/", "library/"] where name.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
        }
        let parts = name.split(separator: ":", maxSplits: 1).map(String.init)
        guard let library = parts.first else { return nil }
        let tag = parts.count > 1 ? parts[1].split(separator: "-").first.map(String.init) : nil
        let size = tag.flatMap { FamilyName.isSize($0) ? $0 : nil } ?? defaultSizes[library]
        let words = [library, defaultVersions[library], size].compactMap { $0 }.joined(separator: "-")
        guard let family = FamilyName(words) else { return nil }
        let bases = family.bases(in: table)
        return bases.count == 1 ? bases[0].repos.first : nil
    }

    /// A path to a file or folder rather than a model name.
    static func isLocalPath(_ value: String) -> Bool {
        value.hasPrefix(".") || value.hasPrefix("/") || value.hasPrefix("~")
            || [".gguf", ".bin", ".safetensors"].contains { value.lowercased().hasSuffix($0) }
    }
}
