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
            // Paths past the cap are cut below: a component of thousands of files stops growing.
            let listed = found[component]?.paths ?? []
            guard listed.count < Self.maxPaths, !listed.contains(path) else { return }
            found[component, default: Found()].paths.append(path)
            found[component, default: Found()].evidence.append(Evidence(path: path, excerpt: excerpt))
        }
        let artifacts = manifest.artifacts
        // Ascending positions, met in order by the loop below.
        var configs = index.withMetadata.filter { artifacts[$0].metadata?.modelConfig != nil }[...]
        var splitter = PathSplitter()
        // The paths are read in place, from the table the bundle's own files share.
        artifacts.forEachPath { position, path in
            let kind = artifacts[position].kind
            let isConfig = configs.first == position
            if isConfig { configs.removeFirst() }
            if let component = Self.component(ofPath: path, kind: kind, isConfig: isConfig, splitter: &splitter) {
                add(component, artifacts[position].path)
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

    /// The component of the file at `path` (its UTF-8 bytes), of `kind`.
    private static func component(
        ofPath path: UnsafeBufferPointer<UInt8>, kind: ArtifactKind, isConfig: Bool, splitter: inout PathSplitter
    ) -> MOFComponent? {
        if let split = splitter.split(path) {
            return component(of: split.name, in: split.folders, kind: kind, isConfig: isConfig)
        }
        let parts = PathParts(String(decoding: path, as: UTF8.self))
        return component(of: parts, in: parts.folders, kind: kind, isConfig: isConfig)
    }

    /// The component a file is, from its name, its folders, its kind and whether it is a model config.
    private static func component(
        of file: some LocatedName, in folders: PathFolders, kind: ArtifactKind, isConfig: Bool
    ) -> MOFComponent? {
        switch kind {
        case .weights, .adapter: return folders.inCheckpointFolder ? .intermediateParameters : .finalParameters
        default: break
        }
        if isConfig, !folders.inCheckpointFolder { return .modelArchitecture }
        if file.is(.name, oneOf: metadataNames) || file.starts(.name, withOneOf: metadataNamePrefixes) {
            return .modelMetadata
        }
        if file.is(.name, oneOf: readmeName), folders.isDataFolder { return .dataCard }
        switch kind {
        case .modelCard, .license, .notice, .usePolicy, .tokenizer, .lfsPointer: return nil
        case .weights, .adapter, .config, .other: break
        }
        return codeComponent(file, in: folders) ?? documentComponent(file, in: folders)
            ?? dataComponent(file, in: folders)
    }

    private static func codeComponent(_ file: some LocatedName, in folders: PathFolders) -> MOFComponent? {
        guard file.is(.ext, oneOf: codeExtensions) else { return nil }
        if file.starts(.stem, withOneOf: architectureStems) { return .modelArchitecture }
        if file.starts(.stem, withOneOf: tokenizerStems) || file.is(.stem, oneOf: packagingStems) {
            return .supportingLibraries
        }
        if file.starts(.stem, withOneOf: preprocessingStems) || folders.inPreprocessingFolder {
            return .dataPreprocessingCode
        }
        if file.starts(.stem, withOneOf: evaluationStems) || folders.inEvaluationFolder { return .evaluationCode }
        if file.starts(.stem, withOneOf: trainingStems) || folders.inTrainingFolder { return .trainingCode }
        if file.starts(.stem, withOneOf: inferenceStems) { return .inferenceCode }
        return nil
    }

    private static func documentComponent(_ file: some LocatedName, in folders: PathFolders) -> MOFComponent? {
        if file.is(.stem, oneOf: dataCardStems), file.is(.ext, oneOf: dataCardExtensions) { return .dataCard }
        if file.is(.ext, oneOf: pdfExtension) {
            return file.contains(.stem, oneOf: paperWords) ? .researchPaper : .technicalReport
        }
        if file.starts(.stem, withOneOf: evaluationResultStems), file.is(.ext, oneOf: evaluationResultExtensions) {
            return .evaluationResults
        }
        if folders.inSampleFolder || file.starts(.stem, withOneOf: sampleStems) { return .sampleOutputs }
        return nil
    }

    private static func dataComponent(_ file: some LocatedName, in folders: PathFolders) -> MOFComponent? {
        guard file.is(.ext, oneOf: dataExtensions) else { return nil }
        if folders.inEvaluationFolder || file.starts(.stem, withOneOf: evaluationDataStems) { return .evaluationData }
        if folders.inDataFolder || file.starts(.stem, withOneOf: trainingDataStems) { return .trainingData }
        return nil
    }

    private static let metadataNames: WordList = [
        "training_args.bin", "training_args.json", "trainer_state.json", "optimizer.pt", "optimizer.bin",
        "scheduler.pt",
        "scaler.pt", "hparams.yaml", "hparams.json", "all_results.json", "train_results.json",
    ]
    private static let metadataNamePrefixes: WordList = ["rng_state"]
    private static let readmeName: WordList = ["readme.md"]
    private static let codeExtensions: WordList = [
        "py", "sh", "ipynb", "jl", "rs", "cpp", "c", "js", "ts", "go", "swift",
    ]
    private static let architectureStems: WordList = ["modeling_", "configuration_"]
    private static let tokenizerStems: WordList = ["tokenization_"]
    private static let packagingStems: WordList = ["setup", "pyproject"]
    private static let dataExtensions: WordList = ["jsonl", "parquet", "arrow", "csv", "tsv", "json", "txt"]
    private static let trainingStems: WordList = [
        "train", "finetune", "fine_tune", "fine-tune", "pretrain", "sft", "dpo", "orpo", "rlhf", "ppo",
    ]
    private static let inferenceStems: WordList = [
        "inference", "infer", "generate", "generation", "predict", "run_", "demo", "app",
        "chat", "serve", "server", "handler", "example",
    ]
    private static let evaluationStems: WordList = ["eval", "evaluate", "evaluation", "benchmark", "bench_"]
    private static let preprocessingStems: WordList = [
        "preprocess", "prepare_data", "data_prep", "prepare_dataset", "build_dataset",
        "clean", "dedup", "filter_data", "process_data", "tokenize_data",
    ]
    private static let dataCardStems: WordList = [
        "data_card", "datacard", "data-card", "dataset_card", "dataset-card",
        "datasheet", "data_sheet", "datasheets",
    ]
    private static let dataCardExtensions: WordList = ["md", "txt", "pdf", "markdown"]
    private static let pdfExtension: WordList = ["pdf"]
    private static let paperWords: WordList = ["paper", "preprint", "publication"]
    private static let evaluationResultStems: WordList = [
        "eval_results", "evaluation_results", "results", "benchmark_results", "scores",
    ]
    private static let evaluationResultExtensions: WordList = ["json", "csv", "md", "txt", "yaml", "yml"]
    private static let sampleStems: WordList = ["sample_output", "samples", "example_output", "generation_sample"]
    private static let evaluationDataStems: WordList = ["eval", "test"]
    private static let trainingDataStems: WordList = ["train"]
}
