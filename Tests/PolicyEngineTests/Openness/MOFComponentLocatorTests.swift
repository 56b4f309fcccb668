import BundleModel
import Testing

@testable import PolicyEngine

/// `MOFComponentLocator` names the MOF component of each file from its path, kind and config
/// metadata, comparing names in lower case; names that are not ASCII compare as Unicode text.
@Suite struct MOFComponentLocatorTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let path: String
        let kind: ArtifactKind
        let component: MOFComponent?
        var testDescription: String { path }
    }

    static let examples: [Example] = [
        Example(path: "model.safetensors", kind: .weights, component: .finalParameters),
        Example(path: "checkpoint-500/model.safetensors", kind: .weights, component: .intermediateParameters),
        Example(path: "Step1000/adapter_model.bin", kind: .adapter, component: .intermediateParameters),
        Example(path: "steps/model.bin", kind: .weights, component: .finalParameters),
        Example(path: "trainer_state.json", kind: .other, component: .modelMetadata),
        Example(path: "checkpoint-500/RNG_State_0.pth", kind: .other, component: .modelMetadata),
        Example(path: "data/README.md", kind: .modelCard, component: .dataCard),
        Example(path: "README.md", kind: .modelCard, component: nil),
        Example(path: "LICENSE", kind: .license, component: nil),
        Example(path: "tokenizer.json", kind: .tokenizer, component: nil),
        Example(path: "modeling_llama.py", kind: .other, component: .modelArchitecture),
        Example(path: "Tokenization_x.py", kind: .other, component: .supportingLibraries),
        Example(path: "setup.py", kind: .other, component: .supportingLibraries),
        Example(path: "scripts/preprocess_wiki.py", kind: .other, component: .dataPreprocessingCode),
        Example(path: "preprocessing/run.py", kind: .other, component: .dataPreprocessingCode),
        Example(path: "eval/evaluate.py", kind: .other, component: .evaluationCode),
        Example(path: "Benchmarks/x.sh", kind: .other, component: .evaluationCode),
        Example(path: "scripts/train.py", kind: .other, component: .trainingCode),
        Example(path: "Training/x.ipynb", kind: .other, component: .trainingCode),
        Example(path: "generate.v2.py", kind: .other, component: .inferenceCode),
        Example(path: "App.py", kind: .other, component: .inferenceCode),
        Example(path: "utils.py", kind: .other, component: nil),
        Example(path: ".py", kind: .other, component: nil),
        Example(path: "docs/Data_Card.md", kind: .other, component: .dataCard),
        Example(path: "datasheet.pdf", kind: .other, component: .dataCard),
        Example(path: "datasheet.json", kind: .other, component: nil),
        Example(path: "paper.pdf", kind: .other, component: .researchPaper),
        Example(path: "my_PREPRINT_v2.pdf", kind: .other, component: .researchPaper),
        Example(path: "report.pdf", kind: .other, component: .technicalReport),
        Example(path: "eval_results.json", kind: .other, component: .evaluationResults),
        Example(path: "Eval/Scores.YAML", kind: .other, component: .evaluationResults),
        Example(path: "results.bin", kind: .other, component: nil),
        Example(path: "outputs/a.bin", kind: .other, component: .sampleOutputs),
        Example(path: "samples.jsonl", kind: .other, component: .sampleOutputs),
        Example(path: "data/train.jsonl", kind: .other, component: .trainingData),
        Example(path: "datasets/corpus.parquet", kind: .other, component: .trainingData),
        Example(path: "eval/test.parquet", kind: .other, component: .evaluationData),
        Example(path: "test_set.CSV", kind: .other, component: .evaluationData),
        Example(path: "train_split.tsv", kind: .other, component: .trainingData),
        Example(path: "shard000/file00000.txt", kind: .other, component: nil),
        Example(path: "a//b/.hidden", kind: .other, component: nil),
        Example(path: "trailing/", kind: .other, component: nil),
        Example(path: "Daten/train_ü.jsonl", kind: .other, component: .trainingData),
        Example(path: "données/Évaluation.txt", kind: .other, component: nil),
        Example(path: "Données/eval/x.txt", kind: .other, component: .evaluationData),
        // "s" and the accent are one character: the stem does not start with "results".
        Example(path: "eval/results\u{301}.json", kind: .other, component: .evaluationData),
        Example(path: "train\u{301}.jsonl", kind: .other, component: nil),
    ]

    @Test(arguments: examples)
    func componentOfOneFile(example: Example) {
        let artifact = Artifact(path: example.path, kind: example.kind, format: .text, size: 1)
        let found = Self.locate([artifact])
        #expect(found.keys.first == example.component)
        #expect(found.count == (example.component == nil ? 0 : 1))
    }

    @Test func aModelConfigIsTheArchitectureOutsideCheckpoints() {
        var metadata = ArtifactMetadata()
        metadata.modelConfig = ModelConfigInfo(architectures: ["LlamaForCausalLM"], values: [:])
        var config = Artifact(path: "config.json", kind: .config, format: .json, size: 1)
        config.metadata = metadata
        var inCheckpoint = Artifact(path: "checkpoint-1/config.json", kind: .config, format: .json, size: 1)
        inCheckpoint.metadata = metadata
        let plain = Artifact(path: "other/config.json", kind: .config, format: .json, size: 1)
        let found = Self.locate([inCheckpoint, config, plain])
        #expect(found == [.modelArchitecture: .init(paths: ["config.json"], evidence: [Evidence(path: "config.json")])])
    }

    @Test func pathsAreListedOnceInOrderUpToTheCap() throws {
        let files = (0..<30).map { Artifact(path: "data/train\($0).jsonl", kind: .other, format: .text, size: 1) }
        let found = Self.locate(files + [files[0]])
        let paths = try #require(found[.trainingData]?.paths)
        #expect(paths == (0..<MOFComponentLocator.maxPaths).map { "data/train\($0).jsonl" })
        #expect(found[.trainingData]?.evidence.count == MOFComponentLocator.maxPaths)
    }

    @Test func readsPathsInTheSharedTableAndNestedOnes() {
        var builder = PathTable.Builder(expectedBytes: 1 << 10)
        let paths = ["Data/train.jsonl", "eval/run.py", "notes.txt", "outputs/x.txt"]
        let slices = paths.map { builder.append($0) }
        let table = builder.finish()
        var artifacts = slices.map { Artifact(path: $0, in: table, kind: .other, format: .text, size: 1) }
        artifacts.insert(
            Artifact(
                location: EntryLocation("data/test.csv", in: ["inner.zip"]), kind: .other, format: .text, size: 1),
            at: 0)
        let found = Self.locate(artifacts)
        #expect(found[.evaluationData]?.paths == ["inner.zip!/data/test.csv"])
        #expect(found[.trainingData]?.paths == ["Data/train.jsonl"])
        #expect(found[.evaluationCode]?.paths == ["eval/run.py"])
        #expect(found[.sampleOutputs]?.paths == ["outputs/x.txt"])
        #expect(found.count == 4)
    }

    private static func locate(_ artifacts: [Artifact]) -> [MOFComponent: MOFComponentLocator.Found] {
        let manifest = Manifest(subject: Subject(path: "release", format: .directory), artifacts: artifacts)
        return MOFComponentLocator(manifest: manifest, index: ArtifactIndex(manifest.artifacts)).locate()
    }
}
