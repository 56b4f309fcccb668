import BundleModel

/// Groups a release's weight files into the copies of the model it ships (`WeightVariant`):
/// each diffusers pipeline (one per diffusers variant, `fp16` …), Meta's `original/`, each GGUF
/// quantization (split files together), an MLX conversion, and per folder the safetensors, the
/// PyTorch checkpoints and the other formats. Files inside archives and adapters are not copies
/// of the model.
enum VariantGrouping {
    static func variants(of artifacts: [Artifact]) -> [WeightVariant] {
        let weights = artifacts.indices.filter { artifacts[$0].kind == .weights && !artifacts[$0].location.isNested }
            .map { artifacts[$0] }
        let pipelines = Set(
            artifacts.positions(wherePath: WeightFilePath.mayBePipelineIndex).compactMap { position -> String? in
                let path = artifacts[position].path
                guard WeightFilePath.isPipelineIndex(path) else { return nil }
                return WeightFilePath.folder(path)
            })
        var groups: [VariantKey: [Artifact]] = [:]
        for artifact in weights { groups[key(for: artifact, pipelines: pipelines), default: []].append(artifact) }
        // Variants that agree on layout, folder and name (two GGUF files of one quantization beside each
        // other) are ordered by their first file, so the order never depends on the dictionary's.
        return groups.map { key, files in variant(key, files: files.sorted { $0.path < $1.path }) }
            .sorted {
                ($0.layout.order, $0.folder, $0.name, $0.files.first ?? "")
                    < ($1.layout.order, $1.folder, $1.name, $1.files.first ?? "")
            }
    }

    private static func key(for artifact: Artifact, pipelines: Set<String>) -> VariantKey {
        let path = artifact.path
        let folder = WeightFilePath.folder(path)
        let name = WeightFilePath.name(path)
        if let pipeline = pipelines.filter({ WeightFilePath.isInside(folder, $0) }).max(by: { $0.count < $1.count }) {
            return VariantKey(
                layout: .diffusers, folder: pipeline, tag: WeightFilePath.diffusersTag(name), format: artifact.format)
        }
        if folder.split(separator: "/").last == "original" {
            return VariantKey(layout: .metaOriginal, folder: folder, tag: nil, format: nil)
        }
        if artifact.format == .gguf {
            return VariantKey(layout: .gguf, folder: folder, tag: WeightFilePath.unsharded(name), format: .gguf)
        }
        if WeightFilePath.isMLX(folder: folder, name: name) {
            return VariantKey(layout: .mlx, folder: folder, tag: nil, format: nil)
        }
        return VariantKey(layout: layout(of: artifact.format), folder: folder, tag: nil, format: nil)
    }

    private static func layout(of format: ArtifactFormat) -> WeightLayout {
        switch format {
        case .safetensors: .safetensors
        case .onnx: .onnx
        case .hdf5, .tflite, .zip: .tensorflow
        case .flaxMsgpack: .flax
        case .ggml: .ggml
        case .npz, .npy: .numpy
        case .gguf: .gguf
        default: .pytorch
        }
    }

    private static func variant(_ key: VariantKey, files: [Artifact]) -> WeightVariant {
        let precision = VariantPrecision(files: files, key: key)
        var name = key.layout.label
        if key.layout == .diffusers, let format = key.format { name += " \(format.rawValue)" }
        if let label = precision.label { name += " \(label)" }
        let components =
            key.layout == .diffusers
            ? Set(files.compactMap { WeightFilePath.component(of: $0.path, in: key.folder) }).sorted() : nil
        let counts = files.map { $0.metadata?.safetensors?.parameterCount ?? $0.metadata?.gguf?.parameterCount }
        let parameters = precision.isPacked || counts.contains(nil) ? nil : counts.compactMap { $0 }.reduce(0, +)
        return WeightVariant(
            name: name, layout: key.layout, folder: key.folder, precision: precision.label,
            isQuantized: precision.isQuantized, parameterCount: parameters, components: components,
            files: files.map(\.path))
    }
}

/// What makes two weight files parts of the same copy.
struct VariantKey: Hashable {
    let layout: WeightLayout
    let folder: String
    /// The diffusers variant (`fp16`) or the GGUF file's name without its split suffix.
    let tag: String?
    let format: ArtifactFormat?
}

extension WeightLayout {
    /// How people call the layout.
    fileprivate var label: String {
        switch self {
        case .safetensors: "safetensors"
        case .pytorch: "PyTorch"
        case .metaOriginal: "Meta original"
        case .gguf: "GGUF"
        case .mlx: "MLX"
        case .diffusers: "diffusers"
        case .onnx: "ONNX"
        case .tensorflow: "TensorFlow"
        case .flax: "Flax"
        case .ggml: "GGML"
        case .numpy: "NumPy"
        }
    }

    /// The order reports list them in: the main copy first, conversions after.
    fileprivate var order: Int { WeightLayout.allCases.firstIndex(of: self) ?? 0 }
}
