import BundleModel

/// The published configurations of well-known base models (`policies/lineage/base-models.yml`):
/// what lineage matches a release's files against when its card is silent or wrong.
public struct BaseModelTable: Codable, Sendable, Equatable {
    public var version: Int
    public var tokenizers: [TokenizerFingerprint]
    public var bases: [BaseModelFingerprint]
    public var diffusion: [DiffusionFingerprint]

    public init(
        version: Int = 1, tokenizers: [TokenizerFingerprint] = [], bases: [BaseModelFingerprint] = [],
        diffusion: [DiffusionFingerprint] = []
    ) {
        self.version = version
        self.tokenizers = tokenizers
        self.bases = bases
        self.diffusion = diffusion
    }

    /// The base with this id.
    public func base(_ id: String) -> BaseModelFingerprint? {
        bases.first { $0.id == id }
    }

    /// The tokenizer with this id.
    public func tokenizer(_ id: String) -> TokenizerFingerprint? {
        tokenizers.first { $0.id == id }
    }

    /// The base one of whose official repositories is `reference` (`org/name`, any case).
    public func base(repository reference: String) -> BaseModelFingerprint? {
        let wanted = ModelReference(reference).repository
        return bases.first { base in base.repos.contains { ModelReference($0).repository == wanted } }
    }
}

/// A tokenizer shared by one or more bases.
public struct TokenizerFingerprint: Codable, Sendable, Equatable {
    public var id: String
    public var kind: String
    public var vocabSize: Int
    public var tokens: [Token]
    public var ggufPre: String
    public var chat: [String]?
    public var reusedBy: [String]?
    public var notes: String?
    public var source: String

    /// A tokenizer with every field given (the source `PolicyCompiler` writes calls it).
    public init(
        id: String, kind: String, vocabSize: Int, tokens: [Token], ggufPre: String, chat: [String]?,
        reusedBy: [String]?, notes: String?, source: String
    ) {
        self.id = id
        self.kind = kind
        self.vocabSize = vocabSize
        self.tokens = tokens
        self.ggufPre = ggufPre
        self.chat = chat
        self.reusedBy = reusedBy
        self.notes = notes
        self.source = source
    }

    /// A special token: its id, its text and what it is for.
    public struct Token: Codable, Sendable, Equatable {
        public var id: Int
        public var content: String
        public var role: String

        /// A special token with every field given.
        public init(id: Int, content: String, role: String) {
            self.id = id
            self.content = content
            self.role = role
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, tokens, chat, reusedBy, notes, source
        case vocabSize = "vocab_size"
        case ggufPre = "gguf_pre"
    }
}

/// One base model's published configuration.
public struct BaseModelFingerprint: Codable, Sendable, Equatable {
    public var id: String
    public var family: String
    public var version: String
    public var size: String?
    public var repos: [String]
    public var licenses: [String]
    public var multimodal: Bool?
    /// Listed only because it looks like a base (TinyLlama): never the base of a release.
    public var lookalike: Bool?
    /// The base this model fine-tunes without changing its config or tokenizer (TxGemma of Gemma 2):
    /// technical evidence alone keeps the base; only a name, a card or shipped terms point here.
    public var variantOf: String?
    /// The fingerprint, by `config.json` key (`rope_scaling_type` and `rope_scaling_factor` stand for
    /// the `rope_scaling` block; `configSection` names a nested section).
    public var config: [String: ConfigScalar]
    /// Other published values of the same weights, each with a `note` and a `source`.
    public var revisions: [[String: ConfigScalar]]?
    public var tokenizer: String?
    public var gguf: GGUFNames?
    public var sources: [Source]
    public var indistinguishableFrom: [Indistinguishable]?
    public var unverified: [String]?
    public var notes: String?

    /// A base with every field given (the source `PolicyCompiler` writes calls it).
    public init(
        id: String, family: String, version: String, size: String?, repos: [String], licenses: [String],
        multimodal: Bool?, lookalike: Bool?, variantOf: String?, config: [String: ConfigScalar],
        revisions: [[String: ConfigScalar]]?, tokenizer: String?, gguf: GGUFNames?, sources: [Source],
        indistinguishableFrom: [Indistinguishable]?, unverified: [String]?, notes: String?
    ) {
        self.id = id
        self.family = family
        self.version = version
        self.size = size
        self.repos = repos
        self.licenses = licenses
        self.multimodal = multimodal
        self.lookalike = lookalike
        self.variantOf = variantOf
        self.config = config
        self.revisions = revisions
        self.tokenizer = tokenizer
        self.gguf = gguf
        self.sources = sources
        self.indistinguishableFrom = indistinguishableFrom
        self.unverified = unverified
        self.notes = notes
    }

    /// `general.architecture` and `tokenizer.ggml.pre`.
    public struct GGUFNames: Codable, Sendable, Equatable {
        public var architecture: String?
        public var pre: String?

        /// GGUF names with every field given.
        public init(architecture: String?, pre: String?) {
            self.architecture = architecture
            self.pre = pre
        }
    }

    /// Where a number comes from.
    public struct Source: Codable, Sendable, Equatable {
        public var url: String
        public var kind: String
        public var covers: String

        /// A source with every field given.
        public init(url: String, kind: String, covers: String) {
            self.url = url
            self.kind = kind
            self.covers = covers
        }
    }

    /// A base with the same fingerprint.
    public struct Indistinguishable: Codable, Sendable, Equatable {
        public var base: String
        public var note: String

        /// A same-fingerprint base with every field given.
        public init(base: String, note: String) {
            self.base = base
            self.note = note
        }
    }

    /// `Llama 3.1 8B`: the family and version as people write them, and the size.
    public var displayName: String {
        let family = BaseModelFingerprint.familyNames[self.family] ?? self.family.capitalized
        return [family, version, size].compactMap { $0 }.joined(separator: " ")
    }

    static let familyNames = [
        "llama": "Llama", "gemma": "Gemma", "qwen": "Qwen", "mistral": "Mistral", "mixtral": "Mixtral",
        "phi": "Phi", "deepseek": "DeepSeek", "falcon": "Falcon", "tinyllama": "TinyLlama",
    ]
}

/// A diffusers base pipeline: its class, UNet keys and text encoders.
public struct DiffusionFingerprint: Codable, Sendable, Equatable {
    public var id: String
    public var family: String
    public var version: String
    public var repos: [String]
    public var licenses: [String]
    public var pipeline: String
    public var unet: [String: ConfigScalar]
    public var textEncoders: [TextEncoder]
    public var singleFileKey: String?
    public var revisions: [[String: ConfigScalar]]?
    public var lookalikes: [Lookalike]?
    public var sources: [BaseModelFingerprint.Source]
    public var unverified: [String]?
    public var notes: String?

    /// A diffusion base with every field given (the source `PolicyCompiler` writes calls it).
    public init(
        id: String, family: String, version: String, repos: [String], licenses: [String], pipeline: String,
        unet: [String: ConfigScalar], textEncoders: [TextEncoder], singleFileKey: String?,
        revisions: [[String: ConfigScalar]]?, lookalikes: [Lookalike]?, sources: [BaseModelFingerprint.Source],
        unverified: [String]?, notes: String?
    ) {
        self.id = id
        self.family = family
        self.version = version
        self.repos = repos
        self.licenses = licenses
        self.pipeline = pipeline
        self.unet = unet
        self.textEncoders = textEncoders
        self.singleFileKey = singleFileKey
        self.revisions = revisions
        self.lookalikes = lookalikes
        self.sources = sources
        self.unverified = unverified
        self.notes = notes
    }

    /// A text encoder of the pipeline: never its base.
    public struct TextEncoder: Codable, Sendable, Equatable {
        public var component: String
        public var className: String
        public var hiddenSize: Int
        public var numHiddenLayers: Int
        public var origin: String

        /// A text encoder with every field given.
        public init(component: String, className: String, hiddenSize: Int, numHiddenLayers: Int, origin: String) {
            self.component = component
            self.className = className
            self.hiddenSize = hiddenSize
            self.numHiddenLayers = numHiddenLayers
            self.origin = origin
        }

        enum CodingKeys: String, CodingKey {
            case component, origin
            case className = "class"
            case hiddenSize = "hidden_size"
            case numHiddenLayers = "num_hidden_layers"
        }
    }

    /// A model that looks like this base and is not.
    public struct Lookalike: Codable, Sendable, Equatable {
        public var repo: String
        public var note: String
        public var source: String

        /// A lookalike with every field given.
        public init(repo: String, note: String, source: String) {
            self.repo = repo
            self.note = note
            self.source = source
        }
    }

    /// `Stable Diffusion XL 1.0`.
    public var displayName: String { "Stable Diffusion \(version)" }
}
