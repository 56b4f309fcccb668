import BundleModel

/// A model's architecture numbers under the base-model table's key names, read from a
/// `config.json` (legacy key names mapped, `rope_scaling` split into type and factor) or a GGUF
/// header (`llama.block_count` is `num_hidden_layers`).
struct ModelShape {
    var values: [String: ConfigScalar]
    /// Where the numbers come from, for evidence.
    var evidence: Evidence

    /// The keys that must all be equal for two models to share their weights' shape.
    static let coreKeys = [
        "hidden_size", "num_hidden_layers", "num_attention_heads", "num_key_value_heads", "intermediate_size",
    ]
    /// Keys compared only loosely, or not at all, once the shape agrees.
    static let ignoredKeys: Set<String> = [
        "configSection", "text_model_type", "architectures", "model_type", "vocab_size",
    ]

    /// Legacy and alternative key names.
    private static let aliases: [String: [String]] = [
        "hidden_size": ["n_embd", "d_model", "dim"],
        "num_hidden_layers": ["n_layer", "num_layers", "n_layers"],
        "num_attention_heads": ["n_head", "num_heads", "n_heads"],
        "num_key_value_heads": ["num_kv_heads", "n_head_kv", "n_kv_heads"],
        "intermediate_size": ["ffn_hidden_size", "n_inner", "hidden_dim"],
        "max_position_embeddings": ["n_positions", "seq_length", "max_seq_len"],
    ]

    /// The shape a `config.json` describes; nil when it gives no hidden size or depth.
    init?(config: ModelConfigInfo, path: String) {
        guard let raw = config.values else { return nil }
        let nested = raw["hidden_size"] == nil && raw["text_config.hidden_size"] != nil
        func value(_ key: String) -> ConfigScalar? {
            for name in [key] + (Self.aliases[key] ?? []) {
                if nested, let found = raw["text_config.\(name)"] { return found }
                if let found = raw[name] { return found }
            }
            return nil
        }
        var values: [String: ConfigScalar] = [:]
        for (key, scalar) in raw where !key.contains(".") { values[key] = scalar }
        if nested {
            for (key, scalar) in raw where key.hasPrefix("text_config.") { values[String(key.dropFirst(12))] = scalar }
        }
        for key in Self.aliases.keys { if let found = value(key) { values[key] = found } }
        if case .list(let names)? = raw["architectures"], let first = names.first { values["architectures"] = first }
        let rope = nested ? "text_config.rope_scaling" : "rope_scaling"
        let ropeType = raw["\(rope).rope_type"] ?? raw["\(rope).type"]
        values["rope_scaling_type"] = ropeType ?? .string("none")
        if let factor = raw["\(rope).factor"] { values["rope_scaling_factor"] = factor }
        let modelType = raw["model_type"]?.string?.lowercased()
        if modelType == "falcon" || modelType == "refinedwebmodel" || modelType == "refinedweb" {
            // Falcon: without the new decoder architecture, multi_query (true by default) means one
            // KV head whatever num_kv_heads says.
            if raw["new_decoder_architecture"] != .bool(true), raw["multi_query"] != .bool(false) {
                values["num_key_value_heads"] = .number(1)
            }
        }
        if values["num_key_value_heads"] == nil, raw["multi_query"] == .bool(true) {
            values["num_key_value_heads"] = .number(1)
        } else if values["num_key_value_heads"] == nil, let heads = values["num_attention_heads"] {
            values["num_key_value_heads"] = heads
        }
        guard values["hidden_size"]?.number != nil, values["num_hidden_layers"]?.number != nil else { return nil }
        self.values = values
        self.evidence = Evidence(path: path, line: config.keyLines?["architectures"] ?? config.keyLines?["vocab_size"])
    }

    /// The shape a GGUF header describes; nil when it gives no embedding length or block count.
    init?(gguf: GGUFInfo, path: String) {
        guard let architecture = gguf.architecture else { return nil }
        func number(_ key: String) -> ConfigScalar? {
            switch gguf.values["\(architecture).\(key)"] {
            case .integer(let value)?: .number(Double(value))
            case .unsigned(let value)?: .number(Double(value))
            case .float(let value)?: .number(value)
            default: nil
            }
        }
        var values: [String: ConfigScalar] = ["gguf.architecture": .string(architecture)]
        let keys = [
            "hidden_size": "embedding_length", "num_hidden_layers": "block_count",
            "num_attention_heads": "attention.head_count",
            "num_key_value_heads": "attention.head_count_kv", "intermediate_size": "feed_forward_length",
            "rope_theta": "rope.freq_base", "max_position_embeddings": "context_length",
        ]
        for (key, ggufKey) in keys { if let value = number(ggufKey) { values[key] = value } }
        if case .array(_, let count, _)? = gguf.values["tokenizer.ggml.tokens"] {
            values["vocab_size"] = .number(Double(count))
        } else if let vocab = number("vocab_size") {
            values["vocab_size"] = vocab
        }
        if case .string(let pre)? = gguf.values["tokenizer.ggml.pre"] { values["gguf.pre"] = .string(pre) }
        if values["num_key_value_heads"] == nil, let heads = values["num_attention_heads"] {
            values["num_key_value_heads"] = heads
        }
        guard values["hidden_size"] != nil, values["num_hidden_layers"] != nil else { return nil }
        self.values = values
        self.evidence = Evidence(path: path)
    }

    /// `LlamaForCausalLM, vocab 128256, rope_type llama3, 32 layers × 4096`: the numbers a
    /// reader checks against the base's own config.
    var summary: String {
        var parts: [String] = []
        if let architecture = values["architectures"]?.string ?? values["gguf.architecture"]?.string {
            parts.append(architecture)
        }
        if let vocab = values["vocab_size"] { parts.append("vocab \(vocab.text)") }
        if let rope = values["rope_scaling_type"]?.string, rope != "none" { parts.append("rope_type \(rope)") }
        if let positions = values["max_position_embeddings"] { parts.append("\(positions.text) positions") }
        if let layers = values["num_hidden_layers"], let hidden = values["hidden_size"] {
            parts.append("\(layers.text) layers × \(hidden.text)")
        }
        return parts.joined(separator: ", ")
    }

    /// How `self` compares with a base: nil when the shape or vocabulary differs, else the weighted
    /// count of the other published keys that differ (the best over the base's revisions).
    func distance(to base: BaseModelFingerprint, gguf: Bool = false) -> Int? {
        if gguf, let architecture = values["gguf.architecture"]?.string, architecture != base.gguf?.architecture {
            return nil
        }
        guard sameShape(base.config), let vocabGap = vocabularyGap(base.config) else { return nil }
        let published = [base.config] + (base.revisions ?? []).map { revision in base.config.merging(revision) { $1 } }
        let best = published.map { distinguishingDistance($0) }.min() ?? 0
        return best + (vocabGap > 0 ? 1 : 0)
    }

    /// Whether the width (hidden size, heads, feed-forward) and vocabulary agree with a base's,
    /// whatever the depth: a frankenmerge repeats layers and a pruned model drops some.
    func sameWidth(_ base: BaseModelFingerprint) -> Bool {
        sameShape(base.config, keys: Self.coreKeys.filter { $0 != "num_hidden_layers" })
            && vocabularyGap(base.config) != nil
    }

    /// Whether every core key both sides give is equal (hidden size and depth must be given).
    func sameShape(_ config: [String: ConfigScalar], keys: [String] = ModelShape.coreKeys) -> Bool {
        for key in keys {
            guard let mine = values[key]?.number else {
                if key == "hidden_size" || key == "num_hidden_layers" { return false }
                continue
            }
            if let theirs = config[key]?.number, theirs != mine { return false }
        }
        return true
    }

    /// How far the vocabulary is from the base's: a fine-tune may add a few tokens, or trim the
    /// padding down to the tokenizer's real size (Qwen's 152064 to 151666); nil when the
    /// vocabularies differ otherwise.
    func vocabularyGap(_ config: [String: ConfigScalar]) -> Int? {
        guard let mine = values["vocab_size"]?.number, let theirs = config["vocab_size"]?.number else { return 0 }
        let gap = Int(mine) - Int(theirs)
        return (-1024...512).contains(gap) ? abs(gap) : nil
    }

    private func distinguishingDistance(_ config: [String: ConfigScalar]) -> Int {
        var distance = 0
        for (key, theirs) in config where !Self.ignoredKeys.contains(key) && !Self.coreKeys.contains(key) {
            guard key != "note", key != "source", let mine = values[key] else { continue }
            guard !Self.equal(mine, theirs) else { continue }
            distance += ["max_position_embeddings": 2, "rope_theta": 2].contains(where: { $0.key == key }) ? 2 : 1
        }
        return distance
    }

    private static func equal(_ lhs: ConfigScalar, _ rhs: ConfigScalar) -> Bool {
        if let left = lhs.number, let right = rhs.number { return abs(left - right) <= max(1e-9, abs(right) * 1e-6) }
        if let left = lhs.string, let right = rhs.string { return left.lowercased() == right.lowercased() }
        return lhs == rhs
    }
}
