import BundleModel
import Testing

@testable import PolicyEngine

/// Every base of `policies/lineage/base-models.yml`, written as a release's `config.json` and
/// `tokenizer_config.json` from its published numbers, is recognised: its licenses bind, or it is
/// reported among the candidates of a question when the table declares bases with other licenses
/// indistinguishable from it.
@Suite struct FingerprintFamilyTests {
    static let policies = try! PolicySet.builtin()

    static var bases: [String] {
        policies.baseModels.bases.filter { $0.lookalike != true }.map(\.id)
    }

    /// The base's tokenizer as a `tokenizer_config.json` declares it.
    static func tokenizer(of base: BaseModelFingerprint) -> [Artifact] {
        guard let tokens = base.tokenizer.flatMap({ policies.baseModels.tokenizer($0) })?.tokens else { return [] }
        var artifact = Artifact(path: "tokenizer_config.json", kind: .tokenizer, format: .json, size: 1)
        var metadata = ArtifactMetadata()
        metadata.tokenizerConfig = TokenizerConfigInfo(
            specialTokens: tokens.map { SpecialToken(id: $0.id, content: $0.content) })
        artifact.metadata = metadata
        return [artifact]
    }

    /// A release holding `config.json` (built from `values`), a weights file and `extra`.
    static func manifest(config values: [String: ConfigScalar], extra: [Artifact] = []) -> Manifest {
        var config = Artifact(path: "config.json", kind: .config, format: .json, size: 1)
        var metadata = ArtifactMetadata()
        metadata.modelConfig = ModelConfigInfo(
            architectures: values["architectures"]?.string.map { [$0] } ?? [], values: values)
        config.metadata = metadata
        let weights = Artifact(path: "model.safetensors", kind: .weights, format: .safetensors, size: 1)
        var manifest = Manifest(
            subject: Subject(path: "release", format: .directory), artifacts: [config, weights] + extra)
        manifest.deriveRelease()
        return manifest
    }

    /// The base's numbers as `config.json` writes them (`rope_scaling` as a block, nested for
    /// multimodal configs).
    static func configValues(of base: BaseModelFingerprint) -> [String: ConfigScalar] {
        var values: [String: ConfigScalar] = [:]
        let nested = base.config["configSection"]?.string == "text_config"
        for (key, value) in base.config where key != "configSection" {
            switch key {
            case "rope_scaling_type": if value.string != "none" { values["rope_scaling.rope_type"] = value }
            case "rope_scaling_factor": values["rope_scaling.factor"] = value
            case "architectures", "model_type": values[key] = key == "architectures" ? .list([value]) : value
            default: values[nested ? "text_config.\(key)" : key] = value
            }
        }
        if nested, let rope = values.removeValue(forKey: "rope_scaling.rope_type") {
            values["text_config.rope_scaling.rope_type"] = rope
        }
        return values
    }

    @Test(arguments: bases)
    func aBaseIsRecognisedFromItsPublishedConfig(id: String) throws {
        let base = try #require(Self.policies.baseModels.base(id))
        let manifest = Self.manifest(config: Self.configValues(of: base), extra: Self.tokenizer(of: base))
        let lineage = LineageResolver(policies: Self.policies).resolve(manifest, facts: FactSheet())
        let bound = Set(lineage.upstreams.map(\.id))
        let asked = Set(lineage.candidateLicenses)
        // A variant's numbers are its base's: they name the base, and the variant's name decides.
        let recognised = try base.variantOf.map { try #require(Self.policies.baseModels.base($0)) } ?? base
        #expect(
            bound == Set(recognised.licenses) || Set(recognised.licenses).isSubset(of: asked),
            "\(id): bound \(bound.sorted()), asked about \(asked.sorted())")
        #expect(lineage.upstreams.allSatisfy { $0.lineage.allSatisfy { $0.basis == .technical } })
    }
}
