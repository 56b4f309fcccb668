/// Picks the tensors whose shapes tell where a model comes from: the token embedding
/// (`[vocabulary, hidden]`), the output head, the first cross-attention key projection of a
/// diffusion UNet (its width is the text encoder's), and the first adapter projections. Only
/// names and shapes from the header are used; no weight data is read.
enum LineageTensors {
    /// Most shapes kept per file.
    static let maxKept = 12

    static func shapes(in tensors: [SafetensorsHeader.Tensor]) -> [String: [UInt64]]? {
        var kept: [String: [UInt64]] = [:]
        var adapterKept = 0
        for tensor in tensors.sorted(by: { $0.name < $1.name }) where kept.count < maxKept {
            let name = tensor.name.lowercased()
            if isEmbeddingOrHead(name) || (isCrossAttentionKey(name) && !kept.keys.contains(where: isCrossAttentionKey))
            {
                kept[tensor.name] = tensor.shape
            } else if isAdapterProjection(name), adapterKept < 4 {
                kept[tensor.name] = tensor.shape
                adapterKept += 1
            }
        }
        return kept.isEmpty ? nil : kept
    }

    private static func isEmbeddingOrHead(_ name: String) -> Bool {
        [
            "embed_tokens.weight", "wte.weight", "tok_embeddings.weight", "word_embeddings.weight", "lm_head.weight",
            "token_embd.weight",
        ].contains { name.hasSuffix($0) }
    }

    private static func isCrossAttentionKey(_ name: String) -> Bool {
        name.contains("attn2.to_k") && !name.contains("lora")
    }

    private static func isAdapterProjection(_ name: String) -> Bool {
        let adapter = name.contains("lora_a") || name.contains("lora.down") || name.contains("lora_down")
        return adapter && (name.contains("attn2.to_k") || name.contains("q_proj") || name.contains("embed_tokens"))
    }
}
