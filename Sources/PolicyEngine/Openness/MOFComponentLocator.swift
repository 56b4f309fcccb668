import BundleModel

/// Finds the MOF components a bundle shows by itself: the weights and their config, the card and
/// its evaluation results, a data card, a technical report (a PDF, or an arXiv paper the card
/// links), code for training, inference, evaluation and data preparation, datasets, evaluation
/// data, sample outputs, intermediate checkpoints and training metadata. Everything is read from
/// paths and from what the inspector already parsed; no file is opened again.
struct MOFComponentLocator {
    /// One component found in the bundle.
    struct Found: Equatable {
        var paths: [String] = []
        var evidence: [Evidence] = []
        /// Where the card links it (an arXiv paper).
        var url: String?
    }

    let manifest: Manifest
    /// The index of the manifest's artifacts.
    let index: ArtifactIndex

    /// The components found, by component.
    func locate() -> [MOFComponent: Found] {
        var found: [MOFComponent: Found] = [:]
        func add(_ component: MOFComponent, _ path: String, _ excerpt: String? = nil) {
            guard !(found[component]?.paths.contains(path) ?? false) else { return }
            found[component, default: Found()].paths.append(path)
            found[component, default: Found()].evidence.append(Evidence(path: path, excerpt: excerpt))
        }
        let artifacts = manifest.artifacts
        let configs = Set(index.withMetadata.filter { artifacts[$0].metadata?.modelConfig != nil })
        var splitter = PathSplitter()
        for position in artifacts.indices {
            let path = artifacts[position].path
            let parts = splitter.parts(of: path)
            if let component = component(
                of: parts, kind: artifacts[position].kind, isConfig: configs.contains(position))
            {
                add(component, path)
            }
        }
        if let card = manifest.card {
            add(.modelCard, card.path)
            if let results = card.info.evaluationResults, results > 0 {
                add(
                    .evaluationResults, card.path,
                    "model-index: \(results) evaluated \(results == 1 ? "entry" : "entries")")
            }
            if let paper = ArxivReference.first(in: manifest.documents[card.path], tags: card.info.tags) {
                found[.technicalReport, default: Found()].paths.append(card.path)
                found[.technicalReport, default: Found()].evidence.append(
                    Evidence(
                        path: card.path, line: paper.line,
                        excerpt: paper.excerpt))
                found[.technicalReport]?.url = paper.url
            }
        }
        for (component, entry) in found {
            found[component]?.paths = Array(entry.paths.prefix(Self.maxPaths))
            found[component]?.evidence = Array(entry.evidence.prefix(Self.maxPaths))
        }
        return found
    }

    /// Paths listed per component (a release may ship thousands of data files).
    static let maxPaths = 20

    /// The component a file is, from its path, its kind and whether it is a model config.
    private func component(of path: PathParts, kind: ArtifactKind, isConfig: Bool) -> MOFComponent? {
        if [.weights, .adapter].contains(kind) {
            return path.folders.inCheckpointFolder ? .intermediateParameters : .finalParameters
        }
        if isConfig, !path.folders.inCheckpointFolder { return .modelArchitecture }
        if Self.metadataNames.contains(path.name) || path.name.hasPrefix("rng_state") { return .modelMetadata }
        if path.name == "readme.md", path.folders.isDataFolder { return .dataCard }
        if kind == .modelCard || [.license, .notice, .usePolicy, .tokenizer, .lfsPointer].contains(kind) {
            return nil
        }
        return codeComponent(path) ?? documentComponent(path) ?? dataComponent(path)
    }

    private func codeComponent(_ path: PathParts) -> MOFComponent? {
        guard Self.codeExtensions.contains(path.ext) else { return nil }
        let stem = path.stem
        if stem.hasPrefix("modeling_") || stem.hasPrefix("configuration_") { return .modelArchitecture }
        if stem.hasPrefix("tokenization_") || ["setup", "pyproject"].contains(stem) { return .supportingLibraries }
        if Self.preprocessingStems.contains(where: stem.hasPrefix)
            || path.folders.inPreprocessingFolder
        {
            return .dataPreprocessingCode
        }
        if Self.evaluationStems.contains(where: stem.hasPrefix)
            || path.folders.inEvaluationFolder
        {
            return .evaluationCode
        }
        if Self.trainingStems.contains(where: stem.hasPrefix)
            || path.folders.inTrainingFolder
        {
            return .trainingCode
        }
        if Self.inferenceStems.contains(where: stem.hasPrefix) { return .inferenceCode }
        return nil
    }

    private func documentComponent(_ path: PathParts) -> MOFComponent? {
        if Self.dataCardStems.contains(path.stem), ["md", "txt", "pdf", "markdown"].contains(path.ext) {
            return .dataCard
        }
        if path.ext == "pdf" {
            return ["paper", "preprint", "publication"].contains(where: path.stem.contains)
                ? .researchPaper : .technicalReport
        }
        if Self.evaluationResultStems.contains(where: path.stem.hasPrefix),
            ["json", "csv", "md", "txt", "yaml", "yml"].contains(path.ext)
        {
            return .evaluationResults
        }
        if path.folders.inSampleFolder
            || Self.sampleStems.contains(where: path.stem.hasPrefix)
        {
            return .sampleOutputs
        }
        return nil
    }

    private func dataComponent(_ path: PathParts) -> MOFComponent? {
        guard Self.dataExtensions.contains(path.ext) else { return nil }
        if path.folders.inEvaluationFolder || path.stem.hasPrefix("eval")
            || path.stem.hasPrefix("test")
        {
            return .evaluationData
        }
        if path.folders.inDataFolder || path.stem.hasPrefix("train") {
            return .trainingData
        }
        return nil
    }

    private static let metadataNames: Set<String> = [
        "training_args.bin", "training_args.json", "trainer_state.json", "optimizer.pt", "optimizer.bin",
        "scheduler.pt",
        "scaler.pt", "hparams.yaml", "hparams.json", "all_results.json", "train_results.json",
    ]
    private static let codeExtensions: Set<String> = [
        "py", "sh", "ipynb", "jl", "rs", "cpp", "c", "js", "ts", "go", "swift",
    ]
    private static let dataExtensions: Set<String> = ["jsonl", "parquet", "arrow", "csv", "tsv", "json", "txt"]
    private static let trainingStems = [
        "train", "finetune", "fine_tune", "fine-tune", "pretrain", "sft", "dpo", "orpo", "rlhf", "ppo",
    ]
    private static let inferenceStems = [
        "inference", "infer", "generate", "generation", "predict", "run_", "demo", "app",
        "chat", "serve", "server", "handler", "example",
    ]
    private static let evaluationStems = ["eval", "evaluate", "evaluation", "benchmark", "bench_"]
    private static let preprocessingStems = [
        "preprocess", "prepare_data", "data_prep", "prepare_dataset", "build_dataset",
        "clean", "dedup", "filter_data", "process_data", "tokenize_data",
    ]
    private static let dataCardStems: Set<String> = [
        "data_card", "datacard", "data-card", "dataset_card", "dataset-card",
        "datasheet", "data_sheet", "datasheets",
    ]
    private static let evaluationResultStems = [
        "eval_results", "evaluation_results", "results", "benchmark_results", "scores",
    ]
    private static let sampleStems = ["sample_output", "samples", "example_output", "generation_sample"]
}
