import BundleModel
import Foundation
import Yams

/// Reads the Hugging Face model-card keys clearance uses from parsed front matter. Keys are
/// compared as plain strings and lists are capped, so no value is ever expanded in full.
struct ModelCardFields {
    /// Longest list read from one key.
    static let maxListItems = 256

    let mapping: Node.Mapping

    /// Copies the known keys into `info`.
    func apply(to info: inout ModelCardInfo) {
        info.license = texts("license")
        info.licenseName = text("license_name")
        info.licenseLink = text("license_link")
        info.baseModels = texts("base_model")
        info.baseModelRelation = text("base_model_relation")
        info.tags = texts("tags")
        info.datasets = texts("datasets")
        info.pipelineTag = text("pipeline_tag")
        info.extraGatedEUDisallowed = value("extra_gated_eu_disallowed")?.bool
        info.evaluationResults = evaluationResults
        if let name = text("model_name") {
            info.modelName = name
            info.modelNameSource = .modelName
        } else if let name = modelIndexName {
            info.modelName = name
            info.modelNameSource = .modelIndex
        }
    }

    /// The `model-index` entries with a non-empty `results` list.
    private var evaluationResults: Int? {
        guard let entries = value("model-index")?.sequence else { return nil }
        return entries.prefix(Self.maxListItems).filter { entry in
            guard let mapping = entry.mapping else { return false }
            return !(Self.value(for: "results", in: mapping)?.sequence?.isEmpty ?? true)
        }.count
    }

    /// `model-index[0].name`.
    private var modelIndexName: String? {
        guard let first = value("model-index")?.sequence?.first?.mapping else { return nil }
        return Self.text(of: Self.value(for: "name", in: first))
    }

    private func value(_ key: String) -> Node? {
        Self.value(for: key, in: mapping)
    }

    private func text(_ key: String) -> String? {
        Self.text(of: value(key))
    }

    /// A scalar as a one-item list, or the scalars of a sequence.
    private func texts(_ key: String) -> [String] {
        guard let node = value(key) else { return [] }
        if let sequence = node.sequence {
            return sequence.prefix(Self.maxListItems).compactMap { Self.text(of: $0) }
        }
        return Self.text(of: node).map { [$0] } ?? []
    }

    private static func value(for key: String, in mapping: Node.Mapping) -> Node? {
        mapping.first { $0.key.scalar?.string == key }?.value
    }

    private static func text(of node: Node?) -> String? {
        guard let node, node.null == nil, let scalar = node.scalar else { return nil }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
