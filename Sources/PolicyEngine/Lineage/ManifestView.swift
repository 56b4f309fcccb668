import BundleModel

/// Views of a manifest for lineage resolution and checks: its artifacts by kind and role, and the
/// documents a reader of the release sees. It derives nothing new; the manifest holds the facts.
struct ManifestView {
    let manifest: Manifest
    /// The documents' normalised lines, made when a rule first searches them.
    private let normalised = NormalisedDocuments()

    init(manifest: Manifest) {
        self.manifest = manifest
    }

    /// The lines of `document` in `TextMatching`'s comparable form, normalised once per check.
    func normalisedLines(of document: TextDocument) -> [String] {
        normalised.lines(of: document)
    }

    /// The release's model card, as the inspector found it.
    var card: ReleaseCard? { manifest.card }

    /// GGUF files with their metadata.
    var ggufFiles: [(path: String, info: GGUFInfo)] {
        manifest.artifacts.compactMap { artifact in artifact.metadata?.gguf.map { (artifact.path, $0) } }
    }

    /// The `__metadata__` maps of safetensors files that have one (no key is standard; some
    /// producers write `license` and `base_model`).
    var safetensorsMetadata: [(path: String, metadata: [String: String])] {
        manifest.artifacts.compactMap { artifact in
            guard let metadata = artifact.metadata?.safetensors?.metadata, !metadata.isEmpty else { return nil }
            return (artifact.path, metadata)
        }
    }

    /// `config.json` files with their metadata.
    var modelConfigs: [(path: String, info: ModelConfigInfo)] {
        manifest.artifacts.compactMap { artifact in artifact.metadata?.modelConfig.map { (artifact.path, $0) } }
    }

    /// `adapter_config.json` files with their metadata.
    var adapterConfigs: [(path: String, info: AdapterConfigInfo)] {
        manifest.artifacts.compactMap { artifact in artifact.metadata?.adapterConfig.map { (artifact.path, $0) } }
    }

    /// Ollama `Modelfile`s with what they say.
    var modelfiles: [(path: String, info: ModelfileInfo)] {
        manifest.artifacts.compactMap { artifact in artifact.metadata?.modelfile.map { (artifact.path, $0) } }
    }

    /// Ollama manifests with what they say.
    var ollamaManifests: [(path: String, info: OllamaManifestInfo)] {
        manifest.artifacts.compactMap { artifact in artifact.metadata?.ollamaManifest.map { (artifact.path, $0) } }
    }

    /// Artifacts of a kind.
    func artifacts(_ kind: ArtifactKind) -> [Artifact] {
        manifest.artifacts.filter { $0.kind == kind }
    }

    /// Documents a reader of the release sees: the card and other docs, not license or notice files.
    /// A card's YAML front matter is metadata (a gating prompt may even hold the license text), so
    /// its lines are blanked; line numbers stay those of the file.
    var readableDocuments: [TextDocument] {
        let excluded = Set(manifest.artifacts.filter { [.license, .notice, .usePolicy].contains($0.kind) }.map(\.path))
        var bodyStart: [String: Int] = [:]
        for artifact in manifest.artifacts {
            if let card = artifact.metadata?.modelCard { bodyStart[artifact.path] = card.bodyStartLine }
        }
        return manifest.documents.values
            .filter { !excluded.contains($0.path) && !$0.path.hasSuffix(".yml") && !$0.path.hasSuffix(".yaml") }
            .sorted { $0.path < $1.path }
            .map { document in
                guard let start = bodyStart[document.path], start > 1 else { return document }
                var body = document
                body.lines = document.lines.enumerated().map { $0.offset + 1 < start ? "" : $0.element }
                return body
            }
    }

    /// Every kept document, sorted by path.
    var allDocuments: [TextDocument] {
        manifest.documents.values.sorted { $0.path < $1.path }
    }

    /// The documents of Notice files.
    var noticeDocuments: [TextDocument] {
        artifacts(.notice).compactMap { manifest.documents[$0.path] }
    }
}
