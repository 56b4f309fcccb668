/// One copy of the model's weights a release ships: the Hugging Face safetensors, Meta's
/// `original/` checkpoint, one GGUF quantization, an MLX conversion, a diffusers pipeline. A
/// release that ships several holds the same model several times; its parameters are those of
/// each copy, never their sum.
public struct WeightVariant: Codable, Sendable, Equatable {
    /// How people name it: `safetensors bf16`, `GGUF Q4_K_M`, `Meta original`, `MLX 4-bit`.
    public var name: String
    /// What layout it comes in.
    public var layout: WeightLayout
    /// The folder it lies in, relative to the bundle root; empty at the root.
    public var folder: String
    /// `bf16`, `Q4_K_M`, `4-bit`, when the headers or names tell.
    public var precision: String?
    /// Whether its weights are quantized (GGUF below 16 bits, MLX bits, integer or 8-bit float tensors).
    public var isQuantized: Bool
    /// The parameters of this copy, from its headers; nil when no header counts them.
    public var parameterCount: UInt64?
    /// The pipeline components a diffusers variant spans (`text_encoder`, `unet`, `vae`).
    public var components: [String]?
    /// Its files, sorted.
    public var files: [String]

    /// Creates a variant.
    public init(
        name: String, layout: WeightLayout, folder: String, precision: String?, isQuantized: Bool,
        parameterCount: UInt64?, components: [String]? = nil, files: [String]
    ) {
        self.name = name
        self.layout = layout
        self.folder = folder
        self.precision = precision
        self.isQuantized = isQuantized
        self.parameterCount = parameterCount
        self.components = components
        self.files = files
    }
}

/// The layouts a copy of the weights comes in.
public enum WeightLayout: String, Codable, Sendable, CaseIterable {
    /// Safetensors files as transformers writes them (sharded or not).
    case safetensors
    /// PyTorch `.bin`/`.pt`/`.pth` checkpoints (zip or pickle).
    case pytorch
    /// Meta's `original/` folder: `consolidated.NN.pth` with `params.json`.
    case metaOriginal = "meta-original"
    /// One GGUF quantization (split files together).
    case gguf
    /// An MLX conversion (`mlx` folder, or MLX's `weights.npz`).
    case mlx
    /// A diffusers pipeline: `model_index.json` and one folder per component.
    case diffusers
    case onnx
    /// Keras or TensorFlow (`.h5`, `.keras`, `.tflite`).
    case tensorflow
    /// Flax `.msgpack`.
    case flax
    /// Legacy GGML/GGJT files.
    case ggml
    /// NumPy arrays.
    case numpy
}
