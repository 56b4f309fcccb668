import BundleModel

/// Reads a `tokenizer_config.json`: its class, the special tokens it declares and the marker
/// strings its chat template writes, which tell which tokenizer (and so which family) it is.
enum TokenizerTokens {
    /// Most chat-template markers kept.
    static let maxMarkers = 32

    static func info(_ object: JSONConfigObject) -> TokenizerConfigInfo {
        TokenizerConfigInfo(
            tokenizerClass: object.string("tokenizer_class"),
            nameOrPath: object.string("name_or_path"),
            hasChatTemplate: object.hasValue("chat_template"),
            specialTokens: specialTokens(object),
            chatMarkers: object.string("chat_template").map(markers).flatMap { $0.isEmpty ? nil : $0 }
        )
    }

    /// `added_tokens_decoder` entries by id, then the named tokens (`bos_token` …) without one.
    static func specialTokens(_ object: JSONConfigObject) -> [SpecialToken]? {
        var tokens: [SpecialToken] = []
        if let decoder = object.object("added_tokens_decoder") {
            let entries = decoder.values.compactMap { key, value -> SpecialToken? in
                guard let id = Int(key), let content = (value as? [String: Any])?["content"] as? String else {
                    return nil
                }
                return SpecialToken(id: id, content: content)
            }
            tokens += entries.sorted { $0.id < $1.id }.prefix(TokenizerConfigInfo.maxTokens)
        }
        for key in ["bos_token", "eos_token", "unk_token", "pad_token"] {
            let content = object.string(key) ?? (object.values[key] as? [String: Any])?["content"] as? String
            if let content, !tokens.contains(where: { $0.content == content }) {
                tokens.append(SpecialToken(id: -1, content: content))
            }
        }
        return tokens.isEmpty ? nil : tokens
    }

    /// Special-token-like strings in a chat template: `<|…|>`, `<…_of_turn>`, `[INST]`, `<<SYS>>`,
    /// DeepSeek's full-width `<｜…｜>`, each once, in order of appearance.
    static func markers(_ template: String) -> [String] {
        var found: [String] = []
        let scalars = Array(template.unicodeScalars)
        var index = 0
        while index < scalars.count, found.count < maxMarkers {
            let opening = scalars[index]
            guard opening == "<" || opening == "[" else {
                index += 1
                continue
            }
            let closing: Unicode.Scalar = opening == "<" ? ">" : "]"
            var end = index + 1
            while end < scalars.count, end - index <= 40, scalars[end] != closing, scalars[end] != opening,
                !scalars[end].properties.isWhitespace
            {
                end += 1
            }
            if end < scalars.count, scalars[end] == closing, end - index >= 3 {
                var marker = String(String.UnicodeScalarView(scalars[index...end]))
                if opening == "<", end + 1 < scalars.count, scalars[end + 1] == ">", index > 0,
                    scalars[index - 1] == "<"
                {
                    marker = "<" + marker + ">"
                }
                if isMarker(marker), !found.contains(marker) { found.append(marker) }
            }
            index = max(end, index + 1)
        }
        return found
    }

    private static func isMarker(_ text: String) -> Bool {
        let inner = text.dropFirst().dropLast()
        guard let first = inner.unicodeScalars.first else { return false }
        if first == "|" || first == "｜" || first == "/" || first == "<" { return true }
        return inner.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || $0 == "_" }
            && (inner.contains("_") || inner == inner.uppercased())
    }
}
