/// The family, version and size a model name carries (`Meta-Llama-3.1-8B-Instruct` is Llama 3.1
/// 8B, `gemma-2-9b-it` Gemma 2 9B, `Qwen2.5-7B` Qwen 2.5 7B), read the way people write them.
/// A name that carries only a family (`Big-Tiger-Gemma-27B`) has no version.
struct FamilyName: Equatable {
    var family: String
    var version: String?
    var size: String?

    /// The first family the name mentions, with the version and size that follow it.
    init?(_ name: String) {
        let tokens = Self.tokens(name)
        for (index, token) in tokens.enumerated() {
            guard let (family, inlineVersion) = Self.family(token) else { continue }
            var rest = tokens[(index + 1)...]
            // `meta-llama/Llama-2-7b`: the organisation's name is not the model's.
            if let next = rest.first, Self.family(next) != nil { continue }
            var version = inlineVersion
            if family == "mistral", let first = rest.first, ["nemo", "small"].contains(first) {
                version = first
                rest = rest.dropFirst()
            } else if family == "deepseek", let first = rest.first {
                if first == "r1" {
                    version = rest.dropFirst().first == "distill" ? "r1-distill" : "r1"
                } else if first.hasPrefix("v"), first.count <= 3 {
                    version = String(first.dropFirst())
                }
            } else if version == nil, let first = rest.first, Self.isVersion(first) {
                version = first
                rest = rest.dropFirst()
            }
            if family == "mistral", version == nil, let tagged = rest.first(where: { $0.hasPrefix("v0.") }) {
                version = String(tagged.dropFirst())
            }
            self.family = family
            self.version = version
            self.size = rest.prefix(4).first(where: Self.isSize).map { $0.uppercased() }
            if family == "llama", version == nil, let size, ["7B", "13B", "30B", "33B", "65B"].contains(size) {
                self.version = "1"
            }
            if family == "falcon", version == nil { self.version = "1" }
            return
        }
        return nil
    }

    /// The bases of the table this name can stand for: its family, version (when given) and size
    /// (when given and the family has it). Look-alikes are never bases, and a variant (TxGemma) is
    /// named by its own name, not by its base's family.
    func bases(in table: BaseModelTable) -> [BaseModelFingerprint] {
        let family = table.bases.filter { $0.lookalike != true && $0.variantOf == nil && matchesFamily($0) }
        // Without a version a name is never a distill (`deepseek-llm-7b` is not R1-Distill-Qwen-7B).
        let versioned =
            version.map { wanted in family.filter { Self.sameVersion($0.version, wanted) } }
            ?? family.filter { !$0.version.lowercased().contains("distill") }
        guard let size else { return versioned }
        let sized = versioned.filter { Self.sameSize($0.size, size) }
        // A size the table does not list still names a family whose bases share one license (Mixtral
        // 8x22B); with a version it names nothing the table knows (Llama 3 1.4B).
        return sized.isEmpty && version == nil && Set(versioned.map(\.licenses)).count == 1 ? versioned : sized
    }

    /// `Llama 3.1 8B`.
    var text: String {
        [BaseModelFingerprint.familyNames[family] ?? family.capitalized, version, size].compactMap { $0 }.joined(
            separator: " ")
    }

    private func matchesFamily(_ base: BaseModelFingerprint) -> Bool {
        switch family {
        case "mixtral": base.id.hasPrefix("mixtral")
        case "mistral": base.family == "mistral" && !base.id.hasPrefix("mixtral")
        case "deepseek": base.family == "deepseek"
        default: base.family == family
        }
    }

    private static func sameVersion(_ tableVersion: String, _ wanted: String) -> Bool {
        let table = tableVersion.lowercased()
        if table == wanted { return true }
        if table.hasPrefix(wanted + "-") { return true }
        if wanted == "small", table.hasPrefix("small") { return true }
        return false
    }

    private static func sameSize(_ tableSize: String?, _ wanted: String) -> Bool {
        guard let tableSize = tableSize?.uppercased() else { return false }
        if tableSize == wanted || tableSize.hasPrefix(wanted + "-") { return true }
        // LLaMA 33B is published as llama-30b.
        return wanted == "30B" && tableSize == "33B"
    }

    /// Lower-cased words of a name, split on separators; a version glued to a family
    /// (`llama3.1`, `qwen2.5`, `gemma2`) stays in its word.
    static func tokens(_ name: String) -> [String] {
        name.lowercased().split(whereSeparator: { " -_/:,()[]'\"".contains($0) }).map(String.init)
    }

    static func isVersion(_ token: String) -> Bool {
        let text = token.hasPrefix("v") ? String(token.dropFirst()) : token
        guard let first = text.first, first.isNumber, text.count <= 4 else { return false }
        return text.allSatisfy { $0.isNumber || $0 == "." } && !isSize(token)
    }

    static func isSize(_ token: String) -> Bool {
        let lower = token.lowercased()
        guard lower.hasSuffix("b") || lower.hasSuffix("m") else { return false }
        let number = lower.dropLast()
        guard let first = number.first, first.isNumber else { return false }
        return number.allSatisfy { $0.isNumber || $0 == "." || $0 == "x" }
    }

    /// The family a word names and the version glued to it.
    private static func family(_ token: String) -> (String, String?)? {
        let prefixes: [(String, String)] = [
            ("codellama", "llama"), ("llama", "llama"), ("codegemma", "gemma"), ("gemma", "gemma"),
            ("codeqwen", "qwen"),
            ("qwen", "qwen"), ("qwq", "qwen"), ("mixtral", "mixtral"), ("mistral", "mistral"), ("phi", "phi"),
            ("deepseek", "deepseek"), ("falcon", "falcon"),
        ]
        for (prefix, family) in prefixes where token.hasPrefix(prefix) {
            let rest = String(token.dropFirst(prefix.count))
            if rest.isEmpty { return (family, prefix == "codellama" ? "2" : (prefix == "qwq" ? "2.5" : nil)) }
            if isVersion(rest) { return (family, rest.hasPrefix("v") ? String(rest.dropFirst()) : rest) }
            return nil
        }
        return nil
    }
}
