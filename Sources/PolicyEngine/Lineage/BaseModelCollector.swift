import BundleModel

/// Finds the models a release names as parents (card, GGUF, safetensors metadata, configs,
/// adapter) or as the source of its training data (facts), and looks each up in the registry.
struct BaseModelCollector {
    let registry: ModelRegistry

    func collect(_ bundle: ManifestView, facts: FactSheet) -> [BaseModelReference] {
        var found: [BaseModelReference] = []
        func add(_ reference: String, reach: UpstreamLicense.Reach, source: String, evidence: Evidence) {
            // One model, however it is spelled: `org/name` and its Hub URL are the same base.
            let trimmed = Self.hubID(reference.trimmingCharacters(in: .whitespaces))
            let key = ModelReference(trimmed)
            guard !trimmed.isEmpty,
                !found.contains(where: { ModelReference($0.reference) == key && $0.reach == reach })
            else { return }
            let entry = registry.entry(for: trimmed)
            found.append(
                BaseModelReference(
                    reference: trimmed, reach: reach, evidence: evidence, source: source,
                    licenses: entry?.licenses ?? [], multimodal: entry?.multimodal ?? false))
        }
        if let card = bundle.card {
            for base in card.info.baseModels {
                add(
                    base, reach: .weights, source: "base_model",
                    evidence: Evidence(path: card.path, excerpt: "base_model: \(base)"))
            }
        }
        for (path, gguf) in bundle.ggufFiles {
            for (index, base) in gguf.general.baseModels.enumerated() {
                guard let reference = Self.reference(for: base) else { continue }
                add(
                    reference, reach: .weights, source: "general.base_model.\(index)",
                    evidence: Evidence(path: path, excerpt: "general.base_model.\(index): \(reference)"))
            }
        }
        for (path, metadata) in bundle.safetensorsMetadata {
            for base in (metadata["base_model"] ?? "").split(separator: ",").map(String.init) {
                add(
                    base, reach: .weights, source: "__metadata__.base_model",
                    evidence: Evidence(path: path, excerpt: "__metadata__.base_model: \(base)"))
            }
        }
        for (path, config) in bundle.modelConfigs {
            if let name = config.nameOrPath, Self.isHubReference(name) {
                add(
                    name, reach: .weights, source: "_name_or_path",
                    evidence: Evidence(path: path, excerpt: "_name_or_path: \(name)"))
            }
        }
        for (path, adapter) in bundle.adapterConfigs {
            if let name = adapter.baseModelNameOrPath, Self.isHubReference(name) {
                add(
                    name, reach: .weights, source: "base_model_name_or_path",
                    evidence: Evidence(path: path, excerpt: "base_model_name_or_path: \(name)"))
            }
        }
        for (path, modelfile) in bundle.modelfiles {
            guard let from = modelfile.from, let repository = OllamaReference.repository(from) else { continue }
            let evidence = Evidence(path: path, line: modelfile.fromLine, excerpt: "FROM \(from)")
            add(repository, reach: .weights, source: "Modelfile FROM", evidence: evidence)
        }
        for (path, ollama) in bundle.ollamaManifests {
            guard let repository = OllamaReference.repository(ollama.model) else { continue }
            add(
                repository, reach: .weights, source: "Ollama manifest",
                evidence: Evidence(path: path, excerpt: ollama.model))
        }
        for model in facts.facts.model?.trainedOnOutputsOf ?? [] {
            add(
                model, reach: .outputs, source: "model.trainedOnOutputsOf",
                evidence: facts.evidence("model.trainedOnOutputsOf", value: model))
        }
        return found
    }

    /// `org/name` from a GGUF parent's repository URL, else its organisation and name.
    static func reference(for base: GGUFBaseModel) -> String? {
        if let url = base.repoURL ?? base.url, url.contains("huggingface.co/") { return url }
        if let organization = base.organization, let name = base.name {
            return "\(organization.replacingSpaces)/\(name.replacingSpaces)"
        }
        return base.name
    }

    /// `org/name` for a Hub URL (`https://huggingface.co/org/name/tree/main`); anything else as it is.
    static func hubID(_ reference: String) -> String {
        let lower = reference.lowercased()
        let prefixes = [
            "https://huggingface.co/", "http://huggingface.co/", "https://hf.co/", "huggingface.co/", "hf.co/",
        ]
        for prefix in prefixes where lower.hasPrefix(prefix) {
            let parts = reference.dropFirst(prefix.count).split(separator: "/")
            if parts.count >= 2 { return "\(parts[0])/\(parts[1])" }
        }
        return reference
    }

    /// A Hub id (`org/name`), not a local path.
    static func isHubReference(_ value: String) -> Bool {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && !value.hasPrefix(".") && !value.hasPrefix("~") && parts.allSatisfy { !$0.isEmpty }
            || value.contains("huggingface.co/")
    }
}

private extension String {
    var replacingSpaces: String { String(map { $0 == " " ? "-" : $0 }) }
}
