import BundleModel

/// What a release says about itself in words: sentences of its card such as "fine-tuned from
/// Llama-3.1-70B" or "based on Meta's LLaMA-7B" (a comparison such as "outperforms Llama 2" is
/// not lineage), and names that carry a family and version (the card's title and `model_name`,
/// GGUF `general.name` and file names, the folder's name).
struct StatedLineageCollector {
    let resolver: ReferenceResolver
    let bundle: ManifestView

    /// Phrases after which a card names what the model derives from.
    static let triggers = [
        "fine-tuned from", "finetuned from", "fine tuned from", "fine-tuned version of", "finetuned version of",
        "fine-tuned on top of",
        "fine-tune of", "finetune of", "fine-tuning of", "based on", "derived from", "derivative of", "distilled from",
        "merge of",
        "merged from", "quantized version of", "quantised version of", "quantization of", "quantisation of",
        "quantized from",
        "converted from", "conversion of", "built on", "built upon", "original model:", "base model:",
        "initialized from",
        "initialised from", "continued pretraining of", "continued pre-training of", "further trained",
        "trained on top of",
        "on top of", "version of", "duplicate of", "duplicated from", "copy of", "re-upload of", "reupload of",
        "format from",
    ]

    /// Phrases that say a model was not derived from another one's weights.
    static let fromScratch = [
        "from scratch", "randomly initialised", "randomly initialized", "random initialisation",
        "random initialization", "freshly initialised", "freshly initialized", "untrained",
    ]

    /// Explicit sentences of the card, each a clue.
    func prose() -> [LineageClue] {
        guard let card = bundle.card, let document = bundle.manifest.documents[card.path] else { return [] }
        var clues: [LineageClue] = []
        var inCode = false
        for (number, line) in document.proseLines(from: card.info.bodyStartLine) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inCode.toggle() }
            guard !inCode, let clue = clue(in: line, at: Evidence(path: card.path, line: number)) else { continue }
            clues.append(clue)
        }
        return clues
    }

    /// Whether the card says the model was trained from scratch, and where.
    func fromScratchEvidence() -> Evidence? {
        guard let card = bundle.card, let document = bundle.manifest.documents[card.path] else { return nil }
        for (number, line) in document.proseLines(from: card.info.bodyStartLine) {
            let lower = line.lowercased()
            if Self.fromScratch.contains(where: { Self.firstRange(of: $0, in: lower) != nil }) {
                return Evidence(path: card.path, line: number, excerpt: Self.cut(line))
            }
        }
        return nil
    }

    /// The names the release goes by, each a clue when it carries a family the table knows.
    func names(root: String?) -> [LineageClue] {
        var named: [(String, Evidence)] = []
        if let card = bundle.card {
            if let title = card.info.title { named.append((title, Evidence(path: card.path, excerpt: "# \(title)"))) }
            if let name = card.info.modelName, name != card.info.title {
                named.append(
                    (
                        name,
                        Evidence(path: card.path, excerpt: "\(card.info.modelNameSource?.rawValue ?? "name"): \(name)")
                    ))
            }
        }
        for (path, gguf) in bundle.ggufFiles {
            if let name = gguf.general.name {
                named.append((name, Evidence(path: path, excerpt: "general.name: \(name)")))
            }
            named.append((ReferenceResolver.lastComponent(path), Evidence(path: path, excerpt: "file name")))
        }
        if let root { named.append((root, Evidence(path: root, excerpt: "folder name"))) }
        return named.compactMap { name, evidence in
            guard let options = resolver.options(forName: name) else { return nil }
            var excerpt = evidence
            excerpt.excerpt =
                evidence.excerpt == "file name" || evidence.excerpt == "folder name"
                ? "\(evidence.excerpt ?? ""): \(name)" : evidence.excerpt
            var clue = LineageClue(basis: .stated, strength: .strong, evidence: excerpt, options: options)
            clue.fromName = true
            if Set(options.map(\.licenses)).count > 1 { clue.ambiguity = "the name \(name) fits several bases" }
            return clue
        }
    }

    /// The clue a line states, if it names a known base after a lineage phrase.
    private func clue(in line: String, at evidence: Evidence) -> LineageClue? {
        let lower = line.lowercased()
        for trigger in Self.triggers {
            guard let range = Self.firstRange(of: trigger, in: lower) else { continue }
            let after = String(line[range.upperBound...])
            let fragment = Self.mention(after)
            var located = evidence
            located.excerpt = Self.cut(line)
            if let reference = Self.hubReference(in: fragment), let option = resolver.option(for: reference) {
                return LineageClue(basis: .stated, strength: .strong, evidence: located, options: [option])
            }
            if let options = resolver.options(forName: fragment) {
                var clue = LineageClue(basis: .stated, strength: .strong, evidence: located, options: options)
                if Set(options.map(\.licenses)).count > 1 { clue.ambiguity = "the card's words fit several bases" }
                return clue
            }
        }
        return nil
    }

    /// Where `needle` first occurs in `text`, compared byte by byte: Foundation's `range(of:)` and
    /// the generic collection search read a 256 KiB card line many times slower, once per phrase.
    static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
        var text = text
        var needle = needle
        let found = text.withUTF8 { haystack in
            needle.withUTF8 { wanted -> Int? in
                guard let first = wanted.first, haystack.count >= wanted.count else { return nil }
                var start = 0
                while start <= haystack.count - wanted.count {
                    if haystack[start] == first {
                        var offset = 1
                        while offset < wanted.count, haystack[start + offset] == wanted[offset] { offset += 1 }
                        if offset == wanted.count { return start }
                    }
                    start += 1
                }
                return nil
            }
        }
        guard let found else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: found)
        return lower..<text.utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The words that follow a lineage phrase, up to the end of the clause.
    static func mention(_ text: String) -> String {
        var result = ""
        for character in text {
            if ".;!?(".contains(character), !(character == "." && result.last?.isNumber == true) { break }
            result.append(character)
            if result.count > 120 { break }
        }
        // `[name](https://huggingface.co/org/name)` keeps its link target.
        if let open = text.range(of: "](") { result += " " + text[open.upperBound...].prefix { $0 != ")" } }
        return result
    }

    /// An `org/name` repository id or Hub URL in a text, if there is one.
    static func hubReference(in text: String) -> String? {
        for word in text.split(whereSeparator: { " \t\"'`<>[]()*,".contains($0) }) {
            var candidate = String(word)
            while let last = candidate.last, ":;.!?".contains(last) { candidate.removeLast() }
            for prefix in ["https://huggingface.co/", "http://huggingface.co/", "huggingface.co/", "hf.co/"]
            where candidate.lowercased().hasPrefix(prefix) {
                candidate = String(candidate.dropFirst(prefix.count))
            }
            let parts = candidate.split(separator: "/")
            if parts.count == 2,
                parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) } })
            {
                return candidate
            }
        }
        return nil
    }

    static func cut(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 160 ? String(trimmed.prefix(159)) + "…" : trimmed
    }
}
