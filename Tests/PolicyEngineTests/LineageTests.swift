import BundleModel
import Testing

@testable import PolicyEngine

/// Which licenses bind a release, resolved from every source the bundle and facts offer.
@Suite struct LineageTests {
    static func pack(_ id: String, family: String, permissive: Bool = false) -> String {
        """
        version: 1
        license: {id: "\(id)", name: "\(id) license", version: "2024-01-01", citation: "\(id)", family: \(family), url: "https://example.org/\(id)", permissive: \(permissive)}
        rules: []
        """
    }

    static let policies: PolicySet = {
        let registry = """
            version: 1
            models:
              - {match: ["meta-llama/Llama-3.2-*Vision*"], licenses: [llama3.2], multimodal: true}
              - {match: ["meta-llama/Llama-3.2-*"], licenses: [llama3.2]}
              - {match: ["meta-llama/Llama-3.1-*", "meta-llama/Meta-Llama-3.1-*"], licenses: [llama3.1]}
              - {match: ["Qwen/Qwen2.5-72B*"], licenses: [qwen]}
              - {match: ["Qwen/Qwen2.5-*"], licenses: [apache-2.0]}
            """
        let files = [
            "registry.yml": registry,
            "general.yml": "version: 1\nrules: []\n",
            "llama3.1.yml": pack("llama3.1", family: "llama"),
            "llama3.2.yml": pack("llama3.2", family: "llama"),
            "qwen.yml": pack("qwen", family: "qwen"),
            "apache-2.0.yml": pack("apache-2.0", family: "apache", permissive: true),
        ]
        return try! PolicyLoader.load(files: files, origin: "test")
    }()

    private func lineage(_ bundle: ExampleBundle, facts: Facts = Facts()) -> Lineage {
        LineageResolver(policies: Self.policies).resolve(
            ExampleManifest.build(bundle) { _ in [] }, facts: FactSheet(facts: facts, source: "clearance.yml"))
    }

    @Test func cardBaseModelResolvesThroughTheRegistry() {
        let result = lineage(
            ExampleBundle(card: ExampleCard(license: ["apache-2.0"], baseModel: ["meta-llama/Llama-3.1-8B"])))
        #expect(result.upstreams.map(\.id) == ["llama3.1"])
        #expect(
            result.upstreams.first?.chain.first?.contains("registry meta-llama/Meta-Llama-3.1-*") == true
                || result.upstreams.first?.chain.first?.contains("registry meta-llama/Llama-3.1-*") == true)
        #expect(result.upstreams.first?.lineage.map(\.basis) == [.declared, .registry])
        #expect(result.declared.map(\.id) == ["apache-2.0"])
    }

    @Test func mergesStackEveryParentsLicense() {
        let result = lineage(
            ExampleBundle(
                card: ExampleCard(
                    baseModel: ["Qwen/Qwen2.5-72B-Instruct", "Qwen/Qwen2.5-7B-Instruct"], relation: "merge")))
        #expect(result.upstreams.map(\.id) == ["apache-2.0", "qwen"])
    }

    @Test func ggufAndAdapterParentsCount() {
        let result = lineage(
            ExampleBundle(
                gguf: ExampleGGUF(name: "X", license: "llama3.2", baseModels: ["meta-llama/Llama-3.2-3B-Instruct"]),
                adapterBase: "Qwen/Qwen2.5-7B"))
        #expect(result.upstreams.map(\.id) == ["apache-2.0", "llama3.2"])
    }

    @Test func aLoneSafetensorsFileDeclaresThroughItsMetadata() {
        var weights = Artifact(path: "model.safetensors", kind: .weights, format: .safetensors, size: 1 << 20)
        var metadata = ArtifactMetadata()
        metadata.safetensors = SafetensorsInfo(
            headerLength: 64, tensorCount: 1, dtypes: ["F16": 1], parameterCount: 4,
            metadata: ["format": "pt", "license": "llama3.1", "base_model": "meta-llama/Llama-3.1-8B"], dataLength: 8)
        weights.metadata = metadata
        let manifest = Manifest(subject: Subject(path: "model.safetensors", format: .safetensors), artifacts: [weights])
        let result = LineageResolver(policies: Self.policies).resolve(manifest, facts: FactSheet())
        #expect(result.upstreams.map(\.id) == ["llama3.1"])
        #expect(result.declared.map(\.source) == [.safetensors])
        #expect(result.baseModels.map(\.source) == ["__metadata__.base_model"])
    }

    @Test func outputsOnlyReachThroughFacts() {
        let facts = Facts(model: Facts.Model(trainedOnOutputsOf: ["meta-llama/Llama-3.1-70B-Instruct"]))
        let result = lineage(ExampleBundle(card: ExampleCard(baseModel: ["Qwen/Qwen2.5-7B"])), facts: facts)
        #expect(result.upstreams.map(\.id) == ["apache-2.0", "llama3.1"])
        #expect(result.upstream("llama3.1")?.reach == .outputs)
        #expect(result.upstream("apache-2.0")?.reach == .weights)
    }

    @Test func aDeclaredLicenseOrShippedTextIsNeverTheUpstream() {
        let result = lineage(
            ExampleBundle(
                licenseTexts: [ExampleLicenseText(path: "LICENSE", id: "llama3.2")],
                card: ExampleCard(license: ["llama3.1"], baseModel: ["someone/private-model"])))
        #expect(result.upstreams.isEmpty)
        #expect(result.declared.map(\.id) == ["llama3.1"])
    }

    @Test func factsNameBasesTheRegistryCannotKnow() {
        let facts = Facts(
            model: Facts.Model(upstream: [Facts.Upstream(model: "someone/private-model", license: "qwen")]))
        let result = lineage(
            ExampleBundle(card: ExampleCard(license: ["apache-2.0"], baseModel: ["someone/private-model"])),
            facts: facts)
        #expect(result.upstreams.map(\.id) == ["qwen"])
        #expect(
            result.upstream("qwen")?.lineage.contains {
                $0.basis == .declared && $0.evidence.first?.path == "clearance.yml"
            } == true)
    }

    @Test func visionParentsAndConfigsMakeTheModelMultimodal() {
        #expect(
            lineage(ExampleBundle(card: ExampleCard(baseModel: ["meta-llama/Llama-3.2-11B-Vision-Instruct"])))
                .isMultimodal)
        #expect(lineage(ExampleBundle(config: ExampleConfig(vision: true))).isMultimodal)
        #expect(!lineage(ExampleBundle(card: ExampleCard(baseModel: ["meta-llama/Llama-3.2-3B"]))).isMultimodal)
    }

    @Test func factsNameOverridesEveryOtherName() {
        let result = lineage(
            ExampleBundle(card: ExampleCard(name: "Card-Name"), gguf: ExampleGGUF(name: "GGUF-Name")),
            facts: Facts(model: Facts.Model(name: "Llama-Fact")))
        #expect(result.modelNames.map(\.name) == ["Llama-Fact"])
        let unforced = lineage(
            ExampleBundle(
                card: ExampleCard(name: "Card-Name"), gguf: ExampleGGUF(path: "Llama-X.Q4.gguf", name: "GGUF-Name")))
        #expect(unforced.modelNames.map(\.name) == ["Card-Name", "GGUF-Name", "Llama-X.Q4"])
    }
}
