/// What the MOF component locator asks of the folders of a path, answered once from their lower-case
/// names: whether one of them is a checkpoint, preprocessing, evaluation, training, samples or data
/// folder.
struct PathFolders: Equatable {
    /// Inside a training checkpoint (`checkpoint-500/`, `checkpoints/`, `step1000/`, `intermediate/`).
    let inCheckpointFolder: Bool
    let inPreprocessingFolder: Bool
    let inEvaluationFolder: Bool
    let inTrainingFolder: Bool
    let inSampleFolder: Bool
    let inDataFolder: Bool
    /// The innermost folder is a data folder (`data/README.md` is a data card).
    let isDataFolder: Bool

    /// The answers for `names`, the folders in lower case, outermost first.
    init(_ names: [String]) {
        inCheckpointFolder = names.contains { folder in
            folder.hasPrefix("checkpoint") || folder == "intermediate" || folder == "intermediate_checkpoints"
                || (folder.hasPrefix("step") && folder.dropFirst(4).first?.isNumber == true)
                || (folder.hasPrefix("stage") && folder.contains("-step"))
        }
        inPreprocessingFolder = names.contains(where: Self.preprocessingFolders.contains)
        inEvaluationFolder = names.contains(where: Self.evaluationFolders.contains)
        inTrainingFolder = names.contains(where: Self.trainingFolders.contains)
        inSampleFolder = names.contains(where: Self.sampleFolders.contains)
        inDataFolder = names.contains(where: Self.dataFolders.contains)
        isDataFolder = names.last.map(Self.dataFolders.contains) == true
    }

    private static let trainingFolders: Set<String> = ["train", "training", "finetune", "finetuning", "fine-tuning"]
    private static let evaluationFolders: Set<String> = [
        "eval", "evals", "evaluation", "evaluations", "benchmark", "benchmarks",
    ]
    private static let preprocessingFolders: Set<String> = [
        "preprocessing", "data_processing", "data-processing", "data_prep",
    ]
    private static let dataFolders: Set<String> = ["data", "dataset", "datasets", "training_data", "train_data"]
    private static let sampleFolders: Set<String> = [
        "samples", "sample_outputs", "outputs", "generations", "examples_outputs",
    ]
}
