import BundleModel
import Foundation
import YAMLSafety
import Yams

/// Reads a mergekit configuration: `mergekit_config.yml`, or the YAML block a merge card embeds
/// (mergekit writes its configuration into the card it generates). Every model it names is a
/// parent of the merge; lines are those of the file the configuration is in.
enum MergekitConfigReader {
    /// Longest configuration read (real ones are a few KiB).
    static let maxBytes = 256 << 10
    /// Most models kept.
    static let maxModels = 64

    /// Whether a file called `name` is a mergekit configuration file.
    static func isMergekitConfig(_ name: EntryFileName) -> Bool {
        guard name.ext == "yml" || name.ext == "yaml" else { return false }
        return ["mergekit_config.yml", "mergekit_config.yaml", "merge_config.yml", "merge_config.yaml"].contains(
            name.lower)
    }

    /// The configuration a whole file holds.
    static func read(_ document: TextDocument) -> MergeConfigInfo? {
        parse(document.lines[...], firstLine: 1)
    }

    /// The first configuration embedded in a card's body as a fenced block (```yaml … ```) that
    /// names models and a merge method or slices.
    static func embedded(in document: TextDocument, bodyStartLine: Int) -> MergeConfigInfo? {
        var index = max(0, bodyStartLine - 1)
        let lines = document.lines
        while index < lines.count {
            guard lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("```") else {
                index += 1
                continue
            }
            let start = index + 1
            var end = start
            while end < lines.count, !lines[end].trimmingCharacters(in: .whitespaces).hasPrefix("```") { end += 1 }
            let block = lines[start..<end]
            if block.contains(where: { $0.contains("merge_method") || $0.hasPrefix("slices:") }),
                let config = parse(block, firstLine: start + 1), config.baseModel != nil || !config.models.isEmpty
            {
                return config
            }
            index = end + 1
        }
        return nil
    }

    /// Parses YAML lines whose first is line `firstLine` of their file.
    private static func parse(_ lines: ArraySlice<String>, firstLine: Int) -> MergeConfigInfo? {
        let text = lines.joined(separator: "\n")
        guard text.utf8.count <= maxBytes, YAMLGuard.check(Array(lines)) == nil,
            let root = try? Yams.compose(yaml: text), case .mapping = root
        else { return nil }
        var config = MergeConfigInfo(method: root["merge_method"]?.string)
        func named(_ node: Node?) -> NamedModel? {
            guard let node, let name = node.string?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                return nil
            }
            return NamedModel(name: name, line: node.mark.map { $0.line + firstLine - 1 })
        }
        func add(_ node: Node?) {
            guard let model = named(node), config.models.count < maxModels,
                !config.models.contains(where: { $0.name == model.name })
            else { return }
            config.models.append(model)
        }
        config.baseModel = named(root["base_model"])
        for entry in root["models"]?.sequence ?? [] { add(entry["model"] ?? entry) }
        for slice in root["slices"]?.sequence ?? [] {
            for source in slice["sources"]?.sequence ?? [] { add(source["model"]) }
        }
        return config
    }
}
