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

    /// A special token: its id, its text and what it is for.
    public struct Token: Codable, Sendable, Equatable {
        public var id: Int
        public var content: String
        public var role: String
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

    /// `general.architecture` and `tokenizer.ggml.pre`.
    public struct GGUFNames: Codable, Sendable, Equatable {
        public var architecture: String?
        public var pre: String?
    }

    /// Where a number comes from.
    public struct Source: Codable, Sendable, Equatable {
        public var url: String
        public var kind: String
        public var covers: String
    }

    /// A base with the same fingerprint.
    public struct Indistinguishable: Codable, Sendable, Equatable {
        public var base: String
        public var note: String
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

    /// A text encoder of the pipeline: never its base.
    public struct TextEncoder: Codable, Sendable, Equatable {
        public var component: String
        public var className: String
        public var hiddenSize: Int
        public var numHiddenLayers: Int
        public var origin: String

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
    }

    /// `Stable Diffusion XL 1.0`.
    public var displayName: String { "Stable Diffusion \(version)" }
}
