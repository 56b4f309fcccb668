/// What a model card (`README.md`, `MODEL_CARD.md`) says about itself.
public struct ModelCardInfo: Codable, Sendable, Equatable {
    /// The card has YAML front matter.
    public var hasFrontMatter: Bool
    /// `license`: one id, or several when the card gives a list.
    public var license: [String]
    public var licenseName: String?
    public var licenseLink: String?
    /// `base_model`, one or several (several means a merge).
    public var baseModels: [String]
    public var baseModelRelation: String?
    /// The model's name and where it was found.
    public var modelName: String?
    public var modelNameSource: ModelNameSource?
    /// The first `#` heading of the body.
    public var title: String?
    public var tags: [String]
    public var datasets: [String]
    public var pipelineTag: String?
    public var extraGatedEUDisallowed: Bool?
    /// How many `model-index` entries carry `results` (evaluation results in the card); nil when
    /// the card has no `model-index`.
    public var evaluationResults: Int?
    /// 1-based line where the Markdown body starts (after the front matter).
    public var bodyStartLine: Int

    public init() {
        hasFrontMatter = false
        license = []
        baseModels = []
        tags = []
        datasets = []
        bodyStartLine = 1
    }
}

/// Where a model card's name came from.
public enum ModelNameSource: String, Codable, Sendable {
    case modelName = "model_name"
    case modelIndex = "model-index"
    case heading = "h1"
}

/// `config.json` of a Transformers model.
public struct ModelConfigInfo: Codable, Sendable, Equatable {
    public var architectures: [String]
    public var modelType: String?
    public var nameOrPath: String?
    public var torchDtype: String?
    /// A `vision_config` is present: the model is multimodal.
    public var hasVisionConfig: Bool
    /// `text_config.model_type`, for multimodal configs that nest the language model's config.
    public var textModelType: String?
    /// Top-level keys that configure a modality other than text (`vision_config`, `audio_config`,
    /// `vision_tower`, `mm_vision_tower`, `visual` …); nil when there is none.
    public var modalityConfigs: [String]?
    /// The config's scalar values, for lineage fingerprints: top-level keys, and the keys of the
    /// nested objects that describe the architecture (`rope_scaling.factor`, `text_config.hidden_size`).
    public var values: [String: ConfigScalar]?
    /// The 1-based lines of the keys that name a model (`_name_or_path`) or carry its shape.
    public var keyLines: [String: Int]?

    public init(
        architectures: [String] = [], modelType: String? = nil, nameOrPath: String? = nil, torchDtype: String? = nil,
        hasVisionConfig: Bool = false, textModelType: String? = nil, modalityConfigs: [String]? = nil,
        values: [String: ConfigScalar]? = nil, keyLines: [String: Int]? = nil
    ) {
        self.architectures = architectures
        self.modelType = modelType
        self.nameOrPath = nameOrPath
        self.torchDtype = torchDtype
        self.hasVisionConfig = hasVisionConfig
        self.textModelType = textModelType
        self.modalityConfigs = modalityConfigs
        self.values = values
        self.keyLines = keyLines
    }

    /// The config describes a model that takes more than text.
    public var isMultimodal: Bool { hasVisionConfig || !(modalityConfigs ?? []).isEmpty }
}

/// `adapter_config.json` of a PEFT adapter.
public struct AdapterConfigInfo: Codable, Sendable, Equatable {
    public var baseModelNameOrPath: String?
    public var peftType: String?
    public var taskType: String?
    /// The 1-based line of `base_model_name_or_path`.
    public var baseModelLine: Int?

    public init(
        baseModelNameOrPath: String? = nil, peftType: String? = nil, taskType: String? = nil, baseModelLine: Int? = nil
    ) {
        self.baseModelNameOrPath = baseModelNameOrPath
        self.peftType = peftType
        self.taskType = taskType
        self.baseModelLine = baseModelLine
    }
}

/// `tokenizer_config.json`.
public struct TokenizerConfigInfo: Codable, Sendable, Equatable {
    public var tokenizerClass: String?
    public var nameOrPath: String?
    public var hasChatTemplate: Bool
    /// The special tokens it declares (`added_tokens_decoder`, `bos_token`, `eos_token` …) by id;
    /// tokens given without an id have id -1. At most `TokenizerConfigInfo.maxTokens`.
    public var specialTokens: [SpecialToken]?
    /// Marker strings the chat template writes (`<|start_header_id|>`, `<start_of_turn>`, `[INST]`).
    public var chatMarkers: [String]?

    /// Most special tokens kept.
    public static let maxTokens = 512

    public init(
        tokenizerClass: String? = nil, nameOrPath: String? = nil, hasChatTemplate: Bool = false,
        specialTokens: [SpecialToken]? = nil, chatMarkers: [String]? = nil
    ) {
        self.tokenizerClass = tokenizerClass
        self.nameOrPath = nameOrPath
        self.hasChatTemplate = hasChatTemplate
        self.specialTokens = specialTokens
        self.chatMarkers = chatMarkers
    }
}

/// A special token of a tokenizer: its id (-1 when not given) and its text.
public struct SpecialToken: Codable, Sendable, Hashable {
    public var id: Int
    public var content: String

    public init(id: Int, content: String) {
        self.id = id
        self.content = content
    }
}

/// `generation_config.json`.
public struct GenerationConfigInfo: Codable, Sendable, Equatable {
    public var transformersVersion: String?
    public var nameOrPath: String?

    public init(transformersVersion: String? = nil, nameOrPath: String? = nil) {
        self.transformersVersion = transformersVersion
        self.nameOrPath = nameOrPath
    }
}
