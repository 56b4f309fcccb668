import BundleModel

/// Finds the models a release names as parents (card, GGUF, safetensors metadata, configs,
/// adapter) or as the source of its training data (facts), and looks each up in the registry.
struct BaseModelCollector {
    let registry: ModelRegistry

    func collect(_ bundle: ManifestView, facts: FactSheet) -> [BaseModelReference] {
        var found: [BaseModelReference] = []
        func add(_ reference: String, reach: UpstreamLicense.Reach, source: String, evidence: Evidence) {
            let trimmed = reference.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !found.contains(where: { $0.reference == trimmed && $0.reach == reach }) else { return }
            let entry = registry.entry(for: trimmed)
            found.append(BaseModelReference(reference: trimmed, reach: reach, evidence: evidence, source: source,
                                            licenses: entry?.licenses ?? [], multimodal: entry?.multimodal ?? false))
        }
        if let card = bundle.card {
            for base in card.info.baseModels {
                add(base, reach: .weights, source: "base_model", evidence: Evidence(path: card.path, excerpt: "base_model: \(base)"))
            }
        }
        for (path, gguf) in bundle.ggufFiles {
            for (index, base) in gguf.general.baseModels.enumerated() {
                guard let reference = Self.reference(for: base) else { continue }
                add(reference, reach: .weights, source: "general.base_model.\(index)", evidence: Evidence(path: path, excerpt: "general.base_model.\(index): \(reference)"))
            }
        }
        for (path, metadata) in bundle.safetensorsMetadata {
            for base in (metadata["base_model"] ?? "").split(separator: ",").map(String.init) {
                add(base, reach: .weights, source: "__metadata__.base_model", evidence: Evidence(path: path, excerpt: "__metadata__.base_model: \(base)"))
            }
        }
        for (path, config) in bundle.modelConfigs {
            if let name = config.nameOrPath, Self.isHubReference(name) {
                add(name, reach: .weights, source: "_name_or_path", evidence: Evidence(path: path, excerpt: "_name_or_path: \(name)"))
            }
        }
        for (path, adapter) in bundle.adapterConfigs {
            if let name = adapter.baseModelNameOrPath, Self.isHubReference(name) {
                add(name, reach: .weights, source: "base_model_name_or_path", evidence: Evidence(path: path, excerpt: "base_model_name_or_path: \(name)"))
            }
        }
        for model in facts.facts.model?.trainedOnOutputsOf ?? [] {
            add(model, reach: .outputs, source: "model.trainedOnOutputsOf", evidence: facts.evidence("model.trainedOnOutputsOf", value: model))
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
