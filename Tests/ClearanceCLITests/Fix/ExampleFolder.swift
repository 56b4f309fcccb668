import Clearance
import Foundation
import PolicyEngine
import TestSupport

/// A pack rule's example bundle written out as a release folder, for the examples a folder can
/// hold: text files, a card, config and adapter files, and license texts from the reference
/// (an altered copy is the reference text with a sentence changed). Examples with GGUF or weights
/// files or read defects are not written. An example is evaluated as if its pack bound the release;
/// a folder shows that through `base`, a base model under the pack's license, in `config.json`.
enum ExampleFolder {
    /// Writes `example` into `folder`; nil when a folder cannot hold it.
    static func write(
        _ example: RuleExample, base: String?, into folder: TemporaryDirectory, at name: String
    ) throws
        -> String?
    {
        let bundle = example.bundle
        guard bundle?.gguf == nil, bundle?.weights == nil, bundle?.defects == nil else { return nil }
        var files = bundle?.files ?? [:]
        for text in bundle?.licenseTexts ?? [] {
            guard var body = LicenseDirectory.text(text.id, usePolicy: text.document == .usePolicy) else { return nil }
            if text.status == .altered { body = alter(body) }
            files[text.path] = body
        }
        if let card = bundle?.card { files["README.md"] = self.card(card, body: files["README.md"]) }
        if let nameOrPath = bundle?.config?.nameOrPath ?? base {
            let vision = bundle?.config?.vision == true ? #", "vision_config": {"image_size": 560}"# : ""
            files["config.json"] =
                #"{"architectures": ["LlamaForCausalLM"], "_name_or_path": "\#(nameOrPath)"\#(vision)}"#
        }
        if let base = bundle?.adapterBase {
            files["adapter_config.json"] = #"{"base_model_name_or_path": "\#(base)", "peft_type": "LORA"}"#
        }
        if files.isEmpty { files["README.md"] = "# Example\n" }
        for (path, text) in files { try folder.write("\(name)/\(path)", text) }
        return folder.path(name)
    }

    /// A base model the registry puts under `license` alone (a pattern's `*` read as `x`), not multimodal.
    static func base(under license: String, in registry: ModelRegistry) -> String? {
        let candidates = registry.models.filter { $0.licenses == [license] }.flatMap(\.match)
            .map { $0.replacingOccurrences(of: "*", with: "x") }
        return candidates.first { candidate in
            let entry = registry.entry(for: candidate)
            return entry?.licenses == [license] && entry?.multimodal != true
        }
    }

    /// The card's front matter and body, as the Hub writes them.
    private static func card(_ card: ExampleCard, body: String?) -> String {
        var keys: [String] = []
        func list(_ key: String, _ values: [String]?) {
            guard let values, !values.isEmpty else { return }
            keys.append(values.count == 1 ? "\(key): \(values[0])" : "\(key): [\(values.joined(separator: ", "))]")
        }
        list("license", card.license)
        list("license_name", card.licenseName.map { [$0] })
        list("license_link", card.licenseLink.map { [$0] })
        list("base_model", card.baseModel)
        list("base_model_relation", card.relation.map { [$0] })
        list("model_name", card.name.map { [$0] })
        let text = card.body ?? body ?? card.name.map { "# \($0)\n" } ?? ""
        return keys.isEmpty ? text : "---\n" + keys.joined(separator: "\n") + "\n---\n" + text
    }

    /// The text with the wording of a sentence near its middle changed.
    private static func alter(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let index = lines.indices.filter { lines[$0].split(separator: " ").count > 12 }.dropFirst(3).first ?? 0
        lines[index] = lines[index].replacingOccurrences(of: " the ", with: " any ")
        return lines.joined(separator: "\n")
    }
}
