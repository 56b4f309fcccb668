import BundleModel

/// Builds the manifest an example describes, as the inspector would have produced it.
enum ExampleManifest {
    /// The manifest of `bundle`; `noticeLines` reads a Notice file's required lines, as the
    /// inspector does.
    static func build(_ bundle: ExampleBundle?, noticeLines: (TextDocument) -> [NoticeLineMatch]) -> Manifest {
        var manifest = Manifest(subject: Subject(path: "example", format: .directory))
        guard let bundle else { return manifest }
        for (path, text) in (bundle.files ?? [:]).sorted(by: { $0.key < $1.key }) {
            manifest.artifacts.append(
                Artifact(
                    path: path, kind: kind(of: path), format: path.hasSuffix(".md") ? .markdown : .text,
                    size: UInt64(text.utf8.count)))
            manifest.documents[path] = TextDocument(path: path, text: text)
        }
        for text in bundle.licenseTexts ?? [] {
            let match = LicenseMatch(
                licenseID: text.id, document: text.document ?? .agreement,
                similarity: text.status == .altered ? 0.9 : 1,
                status: text.status ?? .canonical, startLine: 1, endLine: 100,
                differences: text.status == .altered
                    ? [TextDifference(kind: .changed, section: "1", line: 12, excerpt: "changed wording")] : [],
                fingerprint: text.fingerprint)
            if let index = manifest.artifacts.firstIndex(where: { $0.path == text.path }) {
                manifest.artifacts[index].licenseMatches = (manifest.artifacts[index].licenseMatches ?? []) + [match]
            } else {
                var artifact = Artifact(path: text.path, kind: kind(of: text.path), format: .text, size: 8000)
                artifact.licenseMatches = [match]
                manifest.artifacts.append(artifact)
            }
        }
        if let card = bundle.card {
            addCard(card, to: &manifest, body: bundle.files?["README.md"])
        } else if let readme = bundle.files?["README.md"] {
            addCard(ExampleCard(), to: &manifest, body: readme)
        }
        if let gguf = bundle.gguf { manifest.artifacts.append(ggufArtifact(gguf)) }
        if let config = bundle.config {
            var artifact = Artifact(path: "config.json", kind: .config, format: .json, size: 100)
            artifact.metadata = metadata {
                $0.modelConfig = ModelConfigInfo(nameOrPath: config.nameOrPath, hasVisionConfig: config.vision ?? false)
            }
            manifest.artifacts.append(artifact)
        }
        if let base = bundle.adapterBase {
            var artifact = Artifact(path: "adapter_config.json", kind: .config, format: .json, size: 100)
            artifact.metadata = metadata {
                $0.adapterConfig = AdapterConfigInfo(baseModelNameOrPath: base, peftType: "LORA")
            }
            manifest.artifacts.append(artifact)
        }
        for path in bundle.weights ?? [] {
            manifest.artifacts.append(Artifact(path: path, kind: .weights, format: .safetensors, size: 1 << 30))
        }
        manifest.defects = (bundle.defects ?? []).map(ExampleDefect.make)
        for index in manifest.artifacts.indices where manifest.artifacts[index].kind == .notice {
            guard let document = manifest.documents[manifest.artifacts[index].path] else { continue }
            let lines = noticeLines(document)
            if !lines.isEmpty { manifest.artifacts[index].metadata = metadata { $0.noticeLines = lines } }
        }
        manifest.artifacts.sort { $0.path < $1.path }
        manifest.deriveRelease()
        return manifest
    }

    private static func addCard(_ card: ExampleCard, to manifest: inout Manifest, body: String?) {
        let text = card.body ?? body ?? card.name.map { "# \($0)\n" } ?? ""
        let document = TextDocument(path: "README.md", text: text)
        var info = ModelCardInfo()
        info.hasFrontMatter = card.license != nil || card.baseModel != nil
        info.license = card.license ?? []
        info.licenseName = card.licenseName
        info.licenseLink = card.licenseLink
        info.baseModels = card.baseModel ?? []
        info.baseModelRelation = card.relation
        info.tags = card.tags ?? []
        info.title = document.lines.first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)) }
        info.modelName = card.name ?? info.title
        info.modelNameSource = card.name != nil ? .modelName : (info.title != nil ? .heading : nil)
        var artifact =
            manifest.artifacts.first { $0.path == "README.md" }
            ?? Artifact(path: "README.md", kind: .modelCard, format: .markdown, size: UInt64(text.utf8.count))
        artifact.kind = .modelCard
        artifact.metadata = metadata { $0.modelCard = info }
        manifest.artifacts.removeAll { $0.path == "README.md" }
        manifest.artifacts.append(artifact)
        manifest.documents["README.md"] = document
    }

    private static func ggufArtifact(_ gguf: ExampleGGUF) -> Artifact {
        var general = GGUFGeneral()
        general.name = gguf.name
        general.license = gguf.license
        general.baseModels = (gguf.baseModels ?? []).map { reference in
            let parts = reference.split(separator: "/").map(String.init)
            return GGUFBaseModel(
                name: parts.last, organization: parts.count == 2 ? parts[0] : nil,
                repoURL: parts.count == 2 ? "https://huggingface.co/\(reference)" : nil)
        }
        general.baseModelCount = UInt64(general.baseModels.count)
        var artifact = Artifact(path: gguf.path ?? "model.gguf", kind: .weights, format: .gguf, size: 1 << 30)
        artifact.metadata = metadata {
            $0.gguf = GGUFInfo(
                version: 3, tensorCount: 1, keyValueCount: 1, architecture: "llama", general: general, values: [:])
        }
        return artifact
    }

    private static func metadata(_ fill: (inout ArtifactMetadata) -> Void) -> ArtifactMetadata {
        var metadata = ArtifactMetadata()
        fill(&metadata)
        return metadata
    }

    private static func kind(of path: String) -> ArtifactKind {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        if name.hasPrefix("license") || name.hasPrefix("licence") || name.hasPrefix("copying") { return .license }
        if name.hasPrefix("notice") { return .notice }
        if name.contains("use_policy") || name.contains("use-policy") { return .usePolicy }
        if name == "readme.md" || name.hasPrefix("model_card") { return .modelCard }
        return .other
    }
}
