import BundleModel

/// Views of a manifest for lineage resolution and checks: its artifacts by kind and role, and the
/// documents a reader of the release sees. It derives nothing new; the manifest holds the facts.
///
/// Made once per check: the index of the artifacts it is made with lets every collector and rule
/// visit the few artifacts it can care about instead of all of a release's files.
struct ManifestView {
    let manifest: Manifest
    /// Where the artifacts of each kind, with metadata and with license matches are.
    let index: ArtifactIndex
    /// The documents' normalised lines, made when a rule first searches them.
    private let normalised = NormalisedDocuments()

    init(manifest: Manifest) {
        self.manifest = manifest
        index = manifest.artifactIndex ?? ArtifactIndex(manifest.artifacts)
    }

    /// The lines of `document` in `TextMatching`'s comparable form, normalised once per check.
    func normalisedLines(of document: TextDocument) -> [String] {
        normalised.lines(of: document)
    }

    /// The release's model card, as the inspector found it.
    var card: ReleaseCard? { manifest.card }

    /// GGUF files with their metadata.
    var ggufFiles: [(path: String, info: GGUFInfo)] {
        described(\.gguf)
    }

    /// The `__metadata__` maps of safetensors files that have one (no key is standard; some
    /// producers write `license` and `base_model`).
    var safetensorsMetadata: [(path: String, metadata: [String: String])] {
        described { metadata -> [String: String]? in
            guard let map = metadata.safetensors?.metadata, !map.isEmpty else { return nil }
            return map
        }
        .map { (path: $0.path, metadata: $0.info) }
    }

    /// `config.json` files with their metadata.
    var modelConfigs: [(path: String, info: ModelConfigInfo)] {
        described(\.modelConfig)
    }

    /// `adapter_config.json` files with their metadata.
    var adapterConfigs: [(path: String, info: AdapterConfigInfo)] {
        described(\.adapterConfig)
    }

    /// Ollama `Modelfile`s with what they say.
    var modelfiles: [(path: String, info: ModelfileInfo)] {
        described(\.modelfile)
    }

    /// Ollama manifests with what they say.
    var ollamaManifests: [(path: String, info: OllamaManifestInfo)] {
        described(\.ollamaManifest)
    }

    /// The artifacts the inspector read metadata from, in the manifest's order.
    var artifactsWithMetadata: [Artifact] {
        index.withMetadata.map { manifest.artifacts[$0] }
    }

    /// The artifacts in which license texts were recognised, in the manifest's order.
    var artifactsWithLicenseMatches: [Artifact] {
        index.withLicenseMatches.map { manifest.artifacts[$0] }
    }

    /// Artifacts of a kind.
    func artifacts(_ kind: ArtifactKind) -> [Artifact] {
        index.positions(of: kind).map { manifest.artifacts[$0] }
    }

    /// The artifacts with a metadata member, with their paths, in the manifest's order.
    private func described<Info>(_ member: (ArtifactMetadata) -> Info?) -> [(path: String, info: Info)] {
        index.withMetadata.compactMap { position in
            let artifact = manifest.artifacts[position]
            return artifact.metadata.flatMap(member).map { (artifact.path, $0) }
        }
    }

    /// Documents a reader of the release sees: the card and other docs, not license or notice files.
    /// A card's YAML front matter is metadata (a gating prompt may even hold the license text), so
    /// its lines are blanked; line numbers stay those of the file.
    var readableDocuments: [TextDocument] {
        let excluded = Set([ArtifactKind.license, .notice, .usePolicy].flatMap(artifacts).map(\.path))
        var bodyStart: [String: Int] = [:]
        for artifact in artifactsWithMetadata {
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
