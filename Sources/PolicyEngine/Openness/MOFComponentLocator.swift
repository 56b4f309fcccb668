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

    /// The components found, by component.
    func locate() -> [MOFComponent: Found] {
        var found: [MOFComponent: Found] = [:]
        func add(_ component: MOFComponent, _ path: String, _ excerpt: String? = nil) {
            guard !(found[component]?.paths.contains(path) ?? false) else { return }
            found[component, default: Found()].paths.append(path)
            found[component, default: Found()].evidence.append(Evidence(path: path, excerpt: excerpt))
        }
        for artifact in manifest.artifacts {
            for component in components(of: artifact) { add(component, artifact.path) }
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

    private func components(of artifact: Artifact) -> [MOFComponent] {
        let path = PathParts(artifact.path)
        if [.weights, .adapter].contains(artifact.kind) {
            return [path.inCheckpointFolder ? .intermediateParameters : .finalParameters]
        }
        if artifact.metadata?.modelConfig != nil, !path.inCheckpointFolder { return [.modelArchitecture] }
        if Self.metadataNames.contains(path.name) || path.name.hasPrefix("rng_state") { return [.modelMetadata] }
        if path.name == "readme.md", path.folders.last.map(Self.dataFolders.contains) == true { return [.dataCard] }
        if artifact.kind == .modelCard
            || [.license, .notice, .usePolicy, .tokenizer, .lfsPointer].contains(artifact.kind)
        {
            return []
        }
        if let component = codeComponent(path) { return [component] }
        if let component = documentComponent(path) { return [component] }
        if let component = dataComponent(path) { return [component] }
        return []
    }

    private func codeComponent(_ path: PathParts) -> MOFComponent? {
        guard Self.codeExtensions.contains(path.ext) else { return nil }
        let stem = path.stem
        if stem.hasPrefix("modeling_") || stem.hasPrefix("configuration_") { return .modelArchitecture }
        if stem.hasPrefix("tokenization_") || ["setup", "pyproject"].contains(stem) { return .supportingLibraries }
        if Self.preprocessingStems.contains(where: stem.hasPrefix)
            || path.folders.contains(where: Self.preprocessingFolders.contains)
        {
            return .dataPreprocessingCode
        }
        if Self.evaluationStems.contains(where: stem.hasPrefix)
            || path.folders.contains(where: Self.evaluationFolders.contains)
        {
            return .evaluationCode
        }
        if Self.trainingStems.contains(where: stem.hasPrefix)
            || path.folders.contains(where: Self.trainingFolders.contains)
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
        if path.folders.contains(where: Self.sampleFolders.contains)
            || Self.sampleStems.contains(where: path.stem.hasPrefix)
        {
            return .sampleOutputs
        }
        return nil
    }

    private func dataComponent(_ path: PathParts) -> MOFComponent? {
        guard Self.dataExtensions.contains(path.ext) else { return nil }
        if path.folders.contains(where: Self.evaluationFolders.contains) || path.stem.hasPrefix("eval")
            || path.stem.hasPrefix("test")
        {
            return .evaluationData
        }
        if path.folders.contains(where: Self.dataFolders.contains) || path.stem.hasPrefix("train") {
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
    private static let trainingFolders: Set<String> = ["train", "training", "finetune", "finetuning", "fine-tuning"]
    private static let inferenceStems = [
        "inference", "infer", "generate", "generation", "predict", "run_", "demo", "app",
        "chat", "serve", "server", "handler", "example",
    ]
    private static let evaluationStems = ["eval", "evaluate", "evaluation", "benchmark", "bench_"]
    private static let evaluationFolders: Set<String> = [
        "eval", "evals", "evaluation", "evaluations", "benchmark", "benchmarks",
    ]
    private static let preprocessingStems = [
        "preprocess", "prepare_data", "data_prep", "prepare_dataset", "build_dataset",
        "clean", "dedup", "filter_data", "process_data", "tokenize_data",
    ]
    private static let preprocessingFolders: Set<String> = [
        "preprocessing", "data_processing", "data-processing", "data_prep",
    ]
    private static let dataCardStems: Set<String> = [
        "data_card", "datacard", "data-card", "dataset_card", "dataset-card",
        "datasheet", "data_sheet", "datasheets",
    ]
    private static let dataFolders: Set<String> = ["data", "dataset", "datasets", "training_data", "train_data"]
    private static let evaluationResultStems = [
        "eval_results", "evaluation_results", "results", "benchmark_results", "scores",
    ]
    private static let sampleFolders: Set<String> = [
        "samples", "sample_outputs", "outputs", "generations", "examples_outputs",
    ]
    private static let sampleStems = ["sample_output", "samples", "example_output", "generation_sample"]
}

/// A path split into what the locator compares: lower case.
struct PathParts {
    let name: String
    let stem: String
    let ext: String
    let folders: [String]

    init(_ path: String) {
        let segments = path.lowercased().split(separator: "/").map(String.init)
        name = segments.last ?? ""
        folders = Array(segments.dropLast())
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            stem = String(name[..<dot])
            ext = String(name[name.index(after: dot)...])
        } else {
            stem = name
            ext = ""
        }
    }

    /// Inside a training checkpoint (`checkpoint-500/`, `checkpoints/`, `step1000/`, `intermediate/`).
    var inCheckpointFolder: Bool {
        folders.contains { folder in
            folder.hasPrefix("checkpoint") || folder == "intermediate" || folder == "intermediate_checkpoints"
                || (folder.hasPrefix("step") && folder.dropFirst(4).first?.isNumber == true)
                || (folder.hasPrefix("stage") && folder.contains("-step"))
        }
    }
}
