/// The base an Ollama `FROM` stands for, size included: a library name with a size tag
/// (`qwen2.5:72b`) is the base of that family, version and size in the base-model table (whose
/// license may differ from the default size's), at the library's default size without one.
/// Hub references and local files are `OllamaReference`'s.
enum OllamaLibraryName {
    /// The size each library name pulls without a size tag (https://ollama.com/library).
    static let defaultSizes: [String: String] = [
        "llama2": "7b", "llama3": "8b", "llama3.1": "8b", "llama3.2": "3b", "llama3.3": "70b", "gemma": "7b",
        "gemma2": "9b",
        "gemma3": "4b", "qwen": "7b", "qwen2": "7b", "qwen2.5": "7b", "qwen3": "8b", "mistral": "7b", "mixtral": "8x7b",
        "phi3": "3.8b", "phi4": "14b", "falcon": "7b", "falcon3": "7b",
    ]
    /// Library names whose default is not the first version of the family.
    static let defaultVersions: [String: String] = ["mistral": "v0.3"]

    /// The repository `from` stands for, or nil for a local file or a name nothing knows.
    static func repository(_ from: String, table: BaseModelTable) -> String? {
        let value = from.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty, !OllamaReference.isLocalPath(value) else { return nil }
        let lower = value.lowercased()
        guard !lower.contains("hf.co/"), !lower.contains("huggingface.co/") else {
            return OllamaReference.repository(value)
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
        if let family = FamilyName(words) {
            let bases = family.bases(in: table)
            if bases.count == 1, let repository = bases[0].repos.first { return repository }
        }
        return OllamaReference.repository(value)
    }
}
