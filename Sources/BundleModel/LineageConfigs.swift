/// A mergekit configuration: `mergekit_config.yml`, or the YAML block a merge card embeds. The
/// models it names are the parents of the merge.
public struct MergeConfigInfo: Codable, Sendable, Equatable {
    /// `merge_method` (`slerp`, `ties`, `dare_ties`, `passthrough` …).
    public var method: String?
    /// `base_model`, with its line.
    public var baseModel: NamedModel?
    /// Every `model` under `models` and `slices[].sources`, in order, each once, with its line.
    public var models: [NamedModel]

    public init(method: String? = nil, baseModel: NamedModel? = nil, models: [NamedModel] = []) {
        self.method = method
        self.baseModel = baseModel
        self.models = models
    }
}

/// A model named in a file, and the 1-based line that names it (nil when unknown).
public struct NamedModel: Codable, Sendable, Hashable {
    public var name: String
    public var line: Int?

    public init(name: String, line: Int? = nil) {
        self.name = name
        self.line = line
    }
}

/// `quantize_config.json` of an AutoGPTQ quantization.
public struct QuantizeConfigInfo: Codable, Sendable, Equatable {
    /// `model_name_or_path`: the model that was quantized, when it was recorded.
    public var modelNameOrPath: NamedModel?
    /// `bits`.
    public var bits: Int?

    public init(modelNameOrPath: NamedModel? = nil, bits: Int? = nil) {
        self.modelNameOrPath = modelNameOrPath
        self.bits = bits
    }
}

/// A diffusers pipeline's `model_index.json`: the pipeline class and its components.
public struct PipelineIndexInfo: Codable, Sendable, Equatable {
    /// `_class_name` (`StableDiffusionXLPipeline`).
    public var className: String?
    /// `_name_or_path`, when the saving pipeline recorded where it was loaded from.
    public var nameOrPath: NamedModel?
    /// Component folder → class (`unet` → `UNet2DConditionModel`, `text_encoder` → `CLIPTextModel`).
    public var components: [String: String]

    public init(className: String? = nil, nameOrPath: NamedModel? = nil, components: [String: String] = [:]) {
        self.className = className
        self.nameOrPath = nameOrPath
        self.components = components
    }
}
