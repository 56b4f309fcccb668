/// What the inspector read from one artifact: the member for the artifact's format (a card may
/// also carry the merge configuration it embeds).
public struct ArtifactMetadata: Codable, Sendable, Equatable {
    /// A safetensors header.
    public var safetensors: SafetensorsInfo?
    /// A sharded-checkpoint index (`*.safetensors.index.json`, `pytorch_model.bin.index.json`).
    public var shardIndex: ShardIndexInfo?
    /// A GGUF header and its key-values.
    public var gguf: GGUFInfo?
    /// The globals a pickle imports.
    public var pickle: PickleScan?
    /// A git-lfs pointer standing in for a file.
    public var lfsPointer: LFSPointerInfo?
    /// A model card's front matter and title.
    public var modelCard: ModelCardInfo?
    /// `config.json`.
    public var modelConfig: ModelConfigInfo?
    /// `adapter_config.json`.
    public var adapterConfig: AdapterConfigInfo?
    /// `tokenizer_config.json`.
    public var tokenizerConfig: TokenizerConfigInfo?
    /// `generation_config.json`.
    public var generationConfig: GenerationConfigInfo?
    /// Required notice lines found in a Notice file.
    public var noticeLines: [NoticeLineMatch]?
    /// A mergekit configuration: `mergekit_config.yml`, or the block a merge card embeds (then
    /// next to `modelCard`).
    public var mergeConfig: MergeConfigInfo?
    /// `quantize_config.json`.
    public var quantizeConfig: QuantizeConfigInfo?
    /// A diffusers `model_index.json`.
    public var pipelineIndex: PipelineIndexInfo?
    /// An Ollama `Modelfile`.
    public var modelfile: ModelfileInfo?
    /// An Ollama manifest.
    public var ollamaManifest: OllamaManifestInfo?

    /// Empty metadata.
    public init() {}

    /// Whether nothing was read: every member is absent (told without comparing values, as the
    /// inspector asks it of every file it reads).
    public var isEmpty: Bool {
        safetensors == nil && shardIndex == nil && gguf == nil && pickle == nil && lfsPointer == nil
            && modelCard == nil && modelConfig == nil && adapterConfig == nil && tokenizerConfig == nil
            && generationConfig == nil && noticeLines == nil && mergeConfig == nil && quantizeConfig == nil
            && pipelineIndex == nil && modelfile == nil && ollamaManifest == nil
    }
}
