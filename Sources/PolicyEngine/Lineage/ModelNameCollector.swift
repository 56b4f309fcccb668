import BundleModel

/// The names a model is published under: the facts override everything; otherwise the card's
/// name (`model_name`, the `model-index` name or its H1), each GGUF file's `general.name`, each
/// GGUF file's name (a vision projector's without its `mmproj-` prefix), and the model an Ollama
/// manifest is filed under; only when none of these exists, the release's folder name. Each says
/// where it came from.
enum ModelNameCollector {
    static func collect(_ bundle: ManifestView, facts: FactSheet) -> [ModelName] {
        if let name = facts.facts.model?.name {
            return [
                ModelName(name: name, source: "facts model.name", evidence: facts.evidence("model.name", value: name))
            ]
        }
        var names: [ModelName] = []
        if let card = bundle.card, let name = card.info.modelName {
            let source = card.info.modelNameSource.map { "model card \($0.rawValue)" } ?? "model card"
            names.append(ModelName(name: name, source: source, evidence: Evidence(path: card.path, excerpt: name)))
        }
        for artifact in bundle.artifactsWithMetadata {
            guard let gguf = artifact.metadata?.gguf else { continue }
            let path = artifact.path
            if let name = gguf.general.name {
                names.append(
                    ModelName(
                        name: name, source: "GGUF general.name",
                        evidence: Evidence(path: path, excerpt: "general.name: \(name)")))
            }
            let fileName = String(path.split(separator: "/").last ?? Substring(path))
            var stem = fileName.lowercased().hasSuffix(".gguf") ? String(fileName.dropLast(5)) : fileName
            // A vision projector (`mmproj-<model>-f16.gguf`) is named after the model it serves.
            if let marker = ["mmproj-", "mmproj_", "mmproj."].first(where: { stem.lowercased().hasPrefix($0) }) {
                stem = String(stem.dropFirst(marker.count))
            }
            // An Ollama blob is named by its digest (`sha256-…`), not by the model.
            if !artifact.location.isNested, !stem.hasPrefix("sha256-") {
                names.append(ModelName(name: stem, source: "GGUF file name", evidence: Evidence(path: path)))
            }
        }
        // An Ollama blob has no name of its own: the manifest's path names the model (`llama3.1`).
        for (path, ollama) in bundle.ollamaManifests {
            let model = ollama.model.split(separator: "/").last.map { String($0.prefix { $0 != ":" }) } ?? ollama.model
            names.append(
                ModelName(name: model, source: "Ollama manifest", evidence: Evidence(path: path, excerpt: ollama.model))
            )
        }
        if names.isEmpty, let folder = LineageResolver.folderName(bundle.manifest) {
            // Only when nothing inside the release names the model: the folder a repository was
            // cloned into carries its name.
            names.append(ModelName(name: folder, source: "folder name", evidence: Evidence(path: folder)))
        }
        return names
    }
}
