import BundleModel
import PolicyEngine

/// What a release is, as the reports describe it: its name, what kind of derivative it is, its
/// size, architecture, task and datasets, from the model card, configs and weight headers.
struct ReleaseProfile {
    /// The name the model is published under.
    let name: String
    /// The root model card, when there is one.
    let card: ModelCardInfo?
    /// `base_model_relation`, or what the files show (`adapter`, `quantized`, `merge`).
    let relation: String?
    /// The models the release derives its weights from.
    let parents: [BaseModelReference]
    /// The models whose outputs trained it.
    let teachers: [BaseModelReference]
    /// `LlamaForCausalLM`, from `config.json`.
    let architecture: String?
    /// `llama`, from `config.json` or a GGUF header.
    let family: String?
    /// The summed parameters of the safetensors weights, when they have headers.
    let parameterCount: UInt64?
    /// The summed parameters of adapter weights.
    let adapterParameterCount: UInt64?
    let artifacts: [Artifact]

    init(_ input: ReportInput) {
        let artifacts = input.report.artifacts
        self.artifacts = artifacts
        let card = input.card?.info
        self.card = card
        parents = input.lineage.baseModels.filter { $0.reach == .weights }
        teachers = input.lineage.baseModels.filter { $0.reach == .outputs }
        name = input.lineage.modelNames.first?.name ?? card?.title ?? Self.fileName(input.report.subject.path)
        let configs = artifacts.compactMap { $0.metadata?.modelConfig }
        let ggufs = artifacts.compactMap { $0.metadata?.gguf }
        architecture = configs.lazy.compactMap(\.architectures.first).first
        family = configs.lazy.compactMap(\.modelType).first ?? ggufs.lazy.compactMap(\.architecture).first
        parameterCount = Self.parameters(of: artifacts.filter { $0.kind == .weights })
        adapterParameterCount = Self.parameters(of: artifacts.filter { $0.kind == .adapter })
        relation = input.relation.effective
    }

    /// `pipeline_tag`.
    var task: String? { card?.pipelineTag }

    /// The card's `datasets`.
    var datasets: [String] { card?.datasets ?? [] }

    /// The weight and adapter files.
    var weights: [Artifact] { artifacts.filter { $0.kind == .weights || $0.kind == .adapter } }

    /// The total size of all files.
    var totalSize: UInt64 { artifacts.reduce(0) { $0 + $1.size } }

    /// “a fine-tune”, “a quantization”, “an adapter”, “a merge”, “a derivative” or “a model”.
    var kindDescription: String {
        switch relation {
        case "finetune"?: "a fine-tune"
        case "quantized"?: "a quantization"
        case "adapter"?: "an adapter"
        case "merge"?: "a merge"
        case let other?: "a derivative (\(other))"
        case nil: parents.isEmpty ? "a model" : "a derivative"
        }
    }

    private static func parameters(of artifacts: [Artifact]) -> UInt64? {
        let counts = artifacts.compactMap { $0.metadata?.safetensors?.parameterCount }
        return counts.isEmpty ? nil : counts.reduce(0, +)
    }

    static func fileName(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }
}
