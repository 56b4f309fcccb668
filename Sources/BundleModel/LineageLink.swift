/// One link of the chain that binds an upstream license to a release: the model it points at,
/// what kind of evidence it is, how strong, and where it was found (CONTRACT.md, "Lineage evidence").
public struct LineageLink: Codable, Sendable, Hashable {
    /// The model the evidence points at (`meta-llama/Llama-3.1-8B`).
    public var model: String
    public var basis: Basis
    public var strength: Strength
    public var evidence: [Evidence]

    public init(model: String, basis: Basis, strength: Strength, evidence: [Evidence]) {
        self.model = model
        self.basis = basis
        self.strength = strength
        self.evidence = evidence
    }

    /// What kind of evidence a link is.
    public enum Basis: String, Codable, Sendable, CaseIterable {
        /// The card's `base_model`, GGUF `general.base_model`, an adapter, merge, quantization or
        /// pipeline config, `config.json` `_name_or_path`, a Modelfile `FROM`, or the facts file.
        case declared
        /// The card's prose or the model's name.
        case stated
        /// An architecture, tokenizer or tensor-shape fingerprint.
        case technical
        /// The built-in base-model registry.
        case registry
    }

    /// How much a link proves.
    public enum Strength: String, Codable, Sendable, CaseIterable {
        case strong
        case weak
    }
}
