import BundleModel

/// The models a release's files name as its parents, each as a clue with its file and line: the
/// card's `base_model`, GGUF `general.base_model.*`, safetensors `__metadata__.base_model`,
/// `config.json` `_name_or_path`, `adapter_config.json`, a mergekit configuration,
/// `quantize_config.json`, a diffusers `model_index.json`, a Modelfile `FROM` or an Ollama
/// manifest, and the facts.
struct DeclaredLineageCollector {
    let resolver: ReferenceResolver
    let bundle: ManifestView
    let facts: FactSheet

    /// A declared reference nothing could resolve, kept for the report.
    struct Unresolved: Equatable {
        var reference: String
        var evidence: Evidence
    }

    func collect() -> (clues: [LineageClue], unresolved: [Unresolved]) {
        var clues: [LineageClue] = []
        var unresolved: [Unresolved] = []
        func add(
            _ reference: String, _ evidence: Evidence, reach: UpstreamLicense.Reach = .weights,
            checkedAgainst config: String? = nil
        ) {
            let trimmed = Self.cacheRepository(in: reference) ?? reference.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return }
            if let option = resolver.option(for: trimmed) {
                var clue = LineageClue(
                    basis: .declared, strength: .strong, reach: reach, evidence: evidence, options: [option])
                clue.checkedAgainst = config
                clues.append(clue)
            } else if let options = resolver.options(forName: ReferenceResolver.lastComponent(trimmed)) {
                // A local folder or an unknown repository whose name carries a family and version.
                var clue = LineageClue(
                    basis: .stated, strength: .strong, reach: reach, evidence: evidence, options: options)
                clue.checkedAgainst = config
                clue.ambiguity = "the name \(ReferenceResolver.lastComponent(trimmed)) fits several bases"
                clues.append(clue)
            } else {
                unresolved.append(Unresolved(reference: trimmed, evidence: evidence))
            }
        }
        if let card = bundle.card {
            let document = bundle.manifest.documents[card.path]
            for base in card.info.baseModels {
                add(
                    base,
                    Evidence(
                        path: card.path,
                        line: CardLines.frontMatterLine(containing: base, in: document, card: card.info),
                        excerpt: "base_model: \(base)"))
            }
        }
        for (path, gguf) in bundle.ggufFiles {
            for (index, base) in gguf.general.baseModels.enumerated() {
                guard let reference = BaseModelCollector.reference(for: base) else { continue }
                add(reference, Evidence(path: path, excerpt: "general.base_model.\(index): \(reference)"))
            }
        }
        for (path, metadata) in bundle.safetensorsMetadata {
            for base in (metadata["base_model"] ?? "").split(separator: ",").map(String.init) {
                add(base, Evidence(path: path, excerpt: "__metadata__.base_model: \(base)"))
            }
        }
        for (path, config) in bundle.modelConfigs where !DiffusersComponents.isTextEncoder(path: path, config: config) {
            for key in ["_name_or_path", "name_or_path"] {
                guard let name = config.values?[key]?.string, !name.isEmpty else { continue }
                add(
                    name, Evidence(path: path, line: config.keyLines?[key], excerpt: "\(key): \(name)"),
                    checkedAgainst: path)
            }
        }
        for (path, adapter) in bundle.adapterConfigs {
            if let name = adapter.baseModelNameOrPath {
                add(
                    name, Evidence(path: path, line: adapter.baseModelLine, excerpt: "base_model_name_or_path: \(name)")
                )
            }
        }
        for artifact in bundle.artifactsWithMetadata {
            let path = artifact.path
            if let merge = artifact.metadata?.mergeConfig {
                for model in [merge.baseModel].compactMap({ $0 }) + merge.models {
                    add(model.name, Evidence(path: path, line: model.line, excerpt: "mergekit model: \(model.name)"))
                }
            }
            if let quantize = artifact.metadata?.quantizeConfig, let model = quantize.modelNameOrPath {
                add(model.name, Evidence(path: path, line: model.line, excerpt: "model_name_or_path: \(model.name)"))
            }
            if let index = artifact.metadata?.pipelineIndex, let model = index.nameOrPath {
                add(model.name, Evidence(path: path, line: model.line, excerpt: "_name_or_path: \(model.name)"))
            }
            if let modelfile = artifact.metadata?.modelfile, let from = modelfile.from,
                let base = OllamaLibraryName.repository(from, table: resolver.policies.baseModels)
            {
                add(base, Evidence(path: path, line: modelfile.fromLine, excerpt: "FROM \(from)"))
            }
        }
        for (path, ollama) in bundle.ollamaManifests {
            if let base = OllamaLibraryName.repository(ollama.model, table: resolver.policies.baseModels) {
                add(base, Evidence(path: path, excerpt: ollama.model))
            }
        }
        for model in facts.facts.model?.trainedOnOutputsOf ?? [] {
            add(model, facts.evidence("model.trainedOnOutputsOf", value: model), reach: .outputs)
        }
        for upstream in facts.facts.model?.upstream ?? [] {
            clues.append(
                LineageClue(
                    basis: .declared, strength: .strong,
                    evidence: facts.evidence("model.upstream", value: upstream.model),
                    options: [resolver.option(for: upstream)]))
        }
        return (clues, unresolved)
    }

    /// The repository a Hugging Face cache path stands for: `…/models--org--name/snapshots/REV/` is `org/name`.
    static func cacheRepository(in path: String) -> String? {
        guard let start = path.range(of: "models--") else { return nil }
        let folder = path[start.upperBound...].prefix { $0 != "/" }
        guard let separator = folder.range(of: "--") else { return nil }
        let organisation = folder[..<separator.lowerBound]
        let name = folder[separator.upperBound...]
        return organisation.isEmpty || name.isEmpty ? nil : "\(organisation)/\(name)"
    }
}

/// Where a card's front matter names a value.
enum CardLines {
    /// The first front-matter line that holds `value`, or nil.
    static func frontMatterLine(containing value: String, in document: TextDocument?, card: ModelCardInfo) -> Int? {
        guard let document else { return nil }
        let end = min(document.lines.count, max(0, card.bodyStartLine - 1))
        return document.lines.prefix(end).firstIndex { $0.contains(value) }.map { $0 + 1 }
    }
}

/// The parts of a diffusers pipeline that are not its base: the text encoders and the tokenizers,
/// feature extractors and safety checkers beside them.
enum DiffusersComponents {
    static let auxiliaryFolders = [
        "text_encoder", "tokenizer", "image_encoder", "safety_checker", "feature_extractor", "vae", "scheduler",
    ]

    static func isTextEncoder(path: String, config: ModelConfigInfo) -> Bool {
        let folders = path.split(separator: "/").dropLast().map { $0.lowercased() }
        if folders.contains(where: { folder in auxiliaryFolders.contains { folder.hasPrefix($0) } }) { return true }
        return config.architectures.contains {
            $0.hasPrefix("CLIPText") || $0.hasPrefix("T5Encoder") || $0.hasPrefix("CLIPVision")
        }
    }
}
