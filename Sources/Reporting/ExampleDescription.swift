import BundleModel
import PolicyEngine

/// An example bundle in a few lines, for `policies explain` and the rule pages: its files with
/// their first line, the license texts it holds, its card, weights, defects and declared facts.
public enum ExampleDescription {
    /// Characters of a file's first line shown.
    static let excerptLength = 90

    public static func lines(_ example: RuleExample) -> [String] {
        var lines: [String] = []
        let bundle = example.bundle
        for (path, text) in (bundle?.files ?? [:]).sorted(by: { $0.key < $1.key }) {
            let first = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
            lines.append(
                "\(path): “\(first.count > excerptLength ? String(first.prefix(excerptLength - 1)) + "…" : first)”")
        }
        for text in bundle?.licenseTexts ?? [] {
            let document = text.document.map { $0 == .usePolicy ? "use policy" : "agreement" } ?? "agreement"
            lines.append("\(text.path): the \(text.id) \(document)" + (text.status.map { " (\($0.rawValue))" } ?? ""))
        }
        if let card = bundle?.card { lines.append("README.md: " + describe(card)) }
        if let gguf = bundle?.gguf {
            let keys = [
                gguf.name.map { "general.name \($0)" }, gguf.license.map { "general.license \($0)" },
                gguf.baseModels.map { "base models \($0.joined(separator: ", "))" },
            ].compactMap { $0 }
            lines.append(
                "\(gguf.path ?? "model.gguf"): " + (keys.isEmpty ? "GGUF weights" : keys.joined(separator: "; ")))
        }
        if let config = bundle?.config {
            let parts = [
                config.nameOrPath.map { "_name_or_path \($0)" }, config.vision == true ? "vision_config" : nil,
            ].compactMap { $0 }
            lines.append("config.json: " + (parts.isEmpty ? "{}" : parts.joined(separator: "; ")))
        }
        if let base = bundle?.adapterBase { lines.append("adapter_config.json: base_model_name_or_path \(base)") }
        for path in bundle?.weights ?? [] { lines.append("\(path): weights") }
        for kind in bundle?.defects ?? [] {
            let defect = RuleExamples.defect(kind)
            lines.append("\(defect.path.isEmpty ? "(bundle)" : defect.path): \(defect.message)")
        }
        if let facts = example.facts {
            lines += FactEntries.of(facts).map { "facts: \($0.key): \($0.value)" }
        }
        return lines.isEmpty ? ["(an empty release)"] : lines
    }

    private static func describe(_ card: ExampleCard) -> String {
        let fields = [
            card.license.map { "license: \($0.joined(separator: ", "))" },
            card.licenseName.map { "license_name: \($0)" },
            card.licenseLink.map { "license_link: \($0)" },
            card.baseModel.map { "base_model: \($0.joined(separator: ", "))" },
            card.relation.map { "base_model_relation: \($0)" },
            card.name.map { "model_name: \($0)" },
        ].compactMap { $0 }
        let body = card.body.flatMap { $0.split(separator: "\n").first.map { "“\($0)”" } }
        let text = (fields + [body].compactMap { $0 }).joined(separator: "; ")
        return text.isEmpty ? "a model card" : text
    }
}
