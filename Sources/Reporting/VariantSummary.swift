import BundleModel

/// The copies of the weights a release ships, as a person counts them:
/// `3 variants: safetensors bf16 (8.0 B), GGUF Q4_K_M (8.0 B), GGUF Q8_0 (8.0 B)`.
public enum VariantSummary {
    /// The phrase, or nil when the release has no weights.
    public static func phrase(_ variants: [WeightVariant]) -> String? {
        guard !variants.isEmpty else { return nil }
        let items = variants.map(describe).joined(separator: ", ")
        return "\(variants.count) \(variants.count == 1 ? "variant" : "variants"): \(items)"
    }

    /// `GGUF Q4_K_M (8.0 B)`, `diffusers safetensors fp16 in sd/ (4 components)`.
    static func describe(_ variant: WeightVariant) -> String {
        var text = variant.name
        if !variant.folder.isEmpty, variant.layout != .metaOriginal || variant.folder != "original" {
            text += " in \(variant.folder)/"
        }
        var details: [String] = []
        if let count = variant.parameterCount, count > 0 { details.append(ParameterCount.short(count)) }
        if let components = variant.components, !components.isEmpty {
            details.append("\(components.count) \(components.count == 1 ? "component" : "components")")
        }
        return details.isEmpty ? text : "\(text) (\(details.joined(separator: ", ")))"
    }
}
