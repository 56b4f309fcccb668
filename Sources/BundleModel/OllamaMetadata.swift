/// What an Ollama `Modelfile` says: the model it starts from and where its license texts are.
/// `TEMPLATE`, `SYSTEM`, `PARAMETER` and `MESSAGE` are about running the model, not licensing.
public struct ModelfileInfo: Codable, Sendable, Equatable {
    /// The `FROM` value: a local file (`./model-Q4_K_M.gguf`), an Ollama library name
    /// (`llama3.1:8b`), or a Hub repository (`hf.co/org/name:Q4_K_M`).
    public var from: String?
    /// The line of `FROM`.
    public var fromLine: Int?
    /// `ADAPTER` values.
    public var adapters: [String]
    /// The lines each `LICENSE` instruction's text spans, in order.
    public var licenseBlocks: [LineSpan]

    /// Creates the description of a Modelfile.
    public init(from: String? = nil, fromLine: Int? = nil, adapters: [String] = [], licenseBlocks: [LineSpan] = []) {
        self.from = from
        self.fromLine = fromLine
        self.adapters = adapters
        self.licenseBlocks = licenseBlocks
    }
}

/// Lines `start` to `end` of a text file, 1-based and inclusive.
public struct LineSpan: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// An Ollama manifest (`manifests/registry.ollama.ai/library/NAME/TAG`): the model it names and
/// the blobs it is made of.
public struct OllamaManifestInfo: Codable, Sendable, Equatable {
    /// `library/llama3.1:8b`: namespace, name and tag from the manifest's path.
    public var model: String
    /// The layers, in the manifest's order.
    public var layers: [OllamaLayer]

    public init(model: String, layers: [OllamaLayer]) {
        self.model = model
        self.layers = layers
    }
}

/// One layer of an Ollama manifest.
public struct OllamaLayer: Codable, Sendable, Equatable {
    /// `application/vnd.ollama.image.model`, `….license`, `….template`, …
    public var mediaType: String
    /// `sha256:<hex>`.
    public var digest: String
    /// The blob's path in the bundle (`blobs/sha256-<hex>`), when it is there.
    public var blob: String?

    public init(mediaType: String, digest: String, blob: String?) {
        self.mediaType = mediaType
        self.digest = digest
        self.blob = blob
    }
}
