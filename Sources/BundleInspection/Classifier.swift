import ArchiveIO
import BundleModel

/// Decides what an entry is from its file name and its sniffed magic bytes.
///
/// Runs for every entry of a bundle, so the tests by name are ordered to clear a name in a few
/// comparisons of integers: extensions are compared packed (`FileExtension`), and a test of a
/// name's start looks at its first byte before it compares any text.
enum Classifier {
    /// How many leading bytes classification looks at.
    static let sniffLength = 1024

    /// The entry's kind and format.
    ///
    /// Content decides before the name: a pickle (protocol 2 to 5) or a zip (a PyTorch checkpoint,
    /// opened as a nested archive) is what its bytes say, whatever it is called, since `torch.load`
    /// reads any file it is given. A file a shard index names (`namedByIndex`) that is not a
    /// `.safetensors` shard is what transformers hands to `torch.load`, so it is scanned as a
    /// pickle unless it is a zip.
    static func classify(
        name path: String, prefix: [UInt8], size: UInt64, namedByIndex: Bool = false
    ) -> Classification {
        classify(EntryFileName(path: path), prefix: prefix, size: size, namedByIndex: namedByIndex)
    }

    /// The kind and format of the entry called `name`, whose name the caller has already read.
    static func classify(
        _ name: EntryFileName, prefix: [UInt8], size: UInt64, namedByIndex: Bool = false
    ) -> Classification {
        let lower = name.lower
        let ext = name.ext
        if size == 0 || prefix.isEmpty {
            return Classification(kind: kindByName(name) ?? .other, format: .empty)
        }
        let sniffed = MagicSniffer.sniff(prefix, size: size)
        if sniffed == .gitLFSPointer { return Classification(kind: .lfsPointer, format: .gitLFSPointer) }
        // Only asked of what is weights, which most entries are not.
        var weightsOrSideFile: ArtifactKind {
            isCheckpointSideFile(lower) ? .other : (isAdapterName(lower) ? .adapter : .weights)
        }
        if sniffed == .pickle { return Classification(kind: weightsOrSideFile, format: .pickle) }
        if sniffed == .zip {
            if let weights = Magic.zip.weightsFormat(extension: ext) {
                return Classification(kind: weightsOrSideFile, format: weights)
            }
            return Classification(kind: kindByName(name) ?? .other, format: .zip)
        }
        let document = documentKind(name)
        let readsAsText = document != nil || isTextExtension(ext)
        let magic = readsAsText ? sniffed : PickleSniffer.refine(sniffed, prefix: prefix, size: size)
        if magic == .pickle || (namedByIndex && !lower.hasSuffix(".safetensors")) {
            return Classification(kind: weightsOrSideFile, format: .pickle)
        }
        if let document {
            return Classification(kind: document, format: textFormat(ext: ext, magic: magic))
        }
        if let magic, let weightsFormat = magic.weightsFormat(extension: ext) {
            return Classification(kind: weightsOrSideFile, format: weightsFormat)
        }
        // Extensions that name one weights format, whose reader says what is wrong when the
        // content is not that format. Other weights extensions (`.bin`, `.pt`, `.onnx`, …) do
        // not make a text file weights.
        if magic != .text || ext == "safetensors" || ext == "gguf",
            let format = weightsFormatByExtension(ext, lower: lower, magic: magic)
        {
            return Classification(kind: weightsOrSideFile, format: format)
        }
        if let magic, let container = magic.containerFormat { return Classification(kind: .other, format: container) }
        let format = textFormat(ext: ext, magic: magic)
        return Classification(kind: kindByName(name) ?? .other, format: format)
    }

    /// License, notice, use-policy and model-card files, recognised by name in any folder and any case.
    private static func documentKind(_ name: EntryFileName) -> ArtifactKind? {
        guard !isCodeExtension(name.ext) else { return nil }
        let lower = name.lower
        let first = name.firstByte
        if first == UInt8(ascii: "l"), lower.hasPrefix("license") || lower.hasPrefix("licence") { return .license }
        if first == UInt8(ascii: "c"), lower.hasPrefix("copying") { return .license }
        if first == UInt8(ascii: "n"), lower.hasPrefix("notice") { return .notice }
        if ASCIIText.contains(lower, "polic")
            || (first == UInt8(ascii: "a") && (lower.hasPrefix("aup") || lower.hasPrefix("acceptable")))
            || (first == UInt8(ascii: "p") && lower.hasPrefix("prohibited"))
        {
            let squashed = String(lower.map { $0 == "-" ? "_" : $0 })
            if ASCIIText.contains(squashed, "use_policy") || ASCIIText.contains(squashed, "usepolicy")
                || squashed.hasPrefix("acceptable_use")
                || squashed.hasPrefix("prohibited_use") || squashed.hasPrefix("aup.") || squashed == "aup"
            {
                return .usePolicy
            }
        }
        if first == UInt8(ascii: "m"),
            lower.hasPrefix("model_card") || lower.hasPrefix("modelcard") || lower.hasPrefix("model-card")
        {
            return .modelCard
        }
        if first == UInt8(ascii: "r"), lower == "readme.md" || lower == "readme" || lower == "readme.markdown" {
            return .modelCard
        }
        return nil
    }

    private static func kindByName(_ name: EntryFileName) -> ArtifactKind? {
        let lower = name.lower
        if isTokenizerName(name) { return .tokenizer }
        switch name.ext {
        case "json":
            if ASCIIText.contains(lower, "config") || lower == "params.json" || lower.hasSuffix(".index.json")
                || lower == "model_index.json"
            {
                return .config
            }
        case "yaml", "yml":
            if ASCIIText.contains(lower, "config") { return .config }
        default:
            break
        }
        if ModelfileParser.isModelfile(name) { return .config }
        return nil
    }

    private static func isTokenizerName(_ name: EntryFileName) -> Bool {
        let lower = name.lower
        if name.firstByte == UInt8(ascii: "t"), lower.hasPrefix("tokenizer") { return true }
        switch name.ext {
        case "tiktoken": return lower.hasSuffix(".tiktoken")
        case "json", "model", "txt", "jinja": break
        default: return false
        }
        // Each of the names below starts with one of these letters.
        switch name.firstByte {
        case UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "m"), UInt8(ascii: "s"), UInt8(ascii: "v"):
            return [
                "special_tokens_map.json", "vocab.json", "vocab.txt", "merges.txt", "spiece.model",
                "sentencepiece.bpe.model", "added_tokens.json", "chat_template.jinja", "chat_template.json",
            ].contains(lower)
        default: return false
        }
    }

    private static func weightsFormatByExtension(
        _ ext: FileExtension, lower: String, magic: Magic?
    ) -> ArtifactFormat? {
        switch ext {
        case "safetensors": return .safetensors
        case "gguf": return .gguf
        case "bin", "pt", "pth", "ckpt", "pkl", "pickle":
            return magic == .zip
                ? .pytorchZip
                : (magic == .pickle ? .pickle : (lower == "pytorch_model.bin" || ext != "bin" ? .pickle : .binary))
        case "onnx": return .onnx
        case "h5", "hdf5", "keras": return magic == .zip ? .zip : .hdf5
        case "tflite": return .tflite
        case "npz": return .npz
        case "npy": return .npy
        case "msgpack": return .flaxMsgpack
        default: return nil
        }
    }

    private static func textFormat(ext: FileExtension, magic: Magic?) -> ArtifactFormat {
        switch ext {
        case "md", "markdown": return .markdown
        case "json": return .json
        case "yaml", "yml": return .yaml
        default: return magic == .text ? .text : .binary
        }
    }

    private static func isAdapterName(_ lower: String) -> Bool {
        lower.hasPrefix("adapter_model") || lower.hasPrefix("adapter-model") || ASCIIText.contains(lower, "lora")
    }

    /// Training leftovers that are pickles but not the model's weights.
    private static func isCheckpointSideFile(_ lower: String) -> Bool {
        ["training_args.bin", "optimizer.pt", "scheduler.pt", "rng_state.pth", "scaler.pt"].contains(lower)
            || lower.hasPrefix("rng_state")
    }

    /// Extensions of text files, which are never sniffed for a pickle without a PROTO header:
    /// prose can read as protocol 0 opcodes.
    private static func isTextExtension(_ ext: FileExtension) -> Bool {
        switch ext {
        case "md", "markdown", "txt", "rst", "html", "csv", "jinja", "cfg", "ini": true
        default: isCodeExtension(ext)
        }
    }

    private static func isCodeExtension(_ ext: FileExtension) -> Bool {
        switch ext {
        case "py", "js", "ts", "json", "yaml", "yml", "sh", "swift", "c", "h", "rs", "go", "java", "toml": true
        default: false
        }
    }
}
