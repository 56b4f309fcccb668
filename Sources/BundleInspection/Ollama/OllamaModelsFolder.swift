import BundleModel
import Foundation

/// An Ollama models folder (`manifests/<registry>/<namespace>/<name>/<tag>` and
/// `blobs/sha256-<hex>`): the manifests say what each blob is, by media type — the model's
/// weights, its license text, its template, system prompt and parameters.
enum OllamaModelsFolder {
    /// The largest manifest that is read.
    static let maxManifestBytes = 1 << 20

    /// Gives each blob a manifest names the kind its media type says, and records the manifest.
    static func settle(_ artifacts: inout [Artifact], documents: [String: TextDocument]) {
        var index: [String: Int] = [:]
        let blobs = artifacts.positions { path in
            // Most paths hold no `-`, and are turned away without a search.
            PathBytes.contains(UInt8(ascii: "-"), in: path) && ASCIIText.contains(bytes: path, "blobs/sha256-")
        }
        for position in blobs where !artifacts[position].isNested {
            index[artifacts[position].path] = position
        }
        guard !index.isEmpty else { return }
        for position in artifacts.indices {
            guard !artifacts[position].isNested,
                let (prefix, model) = manifestLocation(artifacts[position].path),
                let document = documents[artifacts[position].path],
                let layers = layers(in: document, blobsAt: prefix + "blobs/")
            else { continue }
            let present = layers.map { layer -> OllamaLayer in
                var copy = layer
                copy.blob = layer.blob.flatMap { index[$0] == nil ? nil : $0 }
                return copy
            }
            for layer in present {
                guard let blob = layer.blob, let target = index[blob],
                    let kind = kind(of: layer.mediaType, now: artifacts[target].kind)
                else { continue }
                artifacts[target].kind = kind
            }
            artifacts[position].kind = .config
            var metadata = artifacts[position].metadata ?? ArtifactMetadata()
            metadata.ollamaManifest = OllamaManifestInfo(model: model, layers: present)
            artifacts[position].metadata = metadata
        }
    }

    /// For `…/manifests/registry.ollama.ai/library/llama3.1/8b`: the folder holding `manifests/`
    /// (with its `/`) and the model, `library/llama3.1:8b`.
    static func manifestLocation(_ path: String) -> (String, String)? {
        let parts = path.split(separator: "/").map(String.init)
        guard let at = parts.lastIndex(of: "manifests"), parts.count - at == 5 else { return nil }
        let prefix = parts[..<at].map { $0 + "/" }.joined()
        return (prefix, "\(parts[at + 2])/\(parts[at + 3]):\(parts[at + 4])")
    }

    private static func layers(in document: TextDocument, blobsAt folder: String) -> [OllamaLayer]? {
        let data = Data(document.text.utf8)
        guard data.count <= maxManifestBytes,
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let layers = object["layers"] as? [[String: Any]]
        else { return nil }
        return layers.compactMap { layer in
            guard let mediaType = layer["mediaType"] as? String, let digest = layer["digest"] as? String else {
                return nil
            }
            let hex = digest.hasPrefix("sha256:") ? String(digest.dropFirst(7)) : nil
            let valid = hex.map { $0.count == 64 && $0.allSatisfy(\.isHexDigit) } ?? false
            return OllamaLayer(mediaType: mediaType, digest: digest, blob: valid ? folder + "sha256-" + hex! : nil)
        }
    }

    /// The kind a layer's media type gives its blob; nil to keep what the content said.
    private static func kind(of mediaType: String, now: ArtifactKind) -> ArtifactKind? {
        let type = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? mediaType
        switch type {
        case "application/vnd.ollama.image.model", "application/vnd.ollama.image.projector":
            return now == .lfsPointer ? nil : .weights
        case "application/vnd.ollama.image.adapter": return .adapter
        case "application/vnd.ollama.image.license": return .license
        case "application/vnd.ollama.image.template", "application/vnd.ollama.image.system",
            "application/vnd.ollama.image.params", "application/vnd.ollama.image.messages":
            return .config
        default: return nil
        }
    }
}
