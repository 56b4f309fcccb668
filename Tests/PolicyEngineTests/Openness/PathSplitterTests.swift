import Testing

@testable import PolicyEngine

/// `PathSplitter` splits each folder once and gives the parts `PathParts(path)` gives, for ASCII
/// paths and for the others it splits whole.
@Suite struct PathSplitterTests {
    static let paths = [
        "README.md", "Data/README.md", "shard000/file00000.txt", "shard000/file00001.TXT",
        "checkpoint-500/model.safetensors",
        "runs/Step1000/x.bin", "stage2-step3/a.pt", "Eval/scores.json", "a//b/.hidden", "Training/train.py",
        "outputs/sample_output.md", "données/Évaluation.txt", "x/İstanbul.json", "trailing/", "", "noext",
        "data_prep/clean.py", "a/b/c/d/e/f.jsonl",
    ]

    @Test(arguments: paths)
    func splitsAsAWholePathDoes(path: String) {
        var splitter = PathSplitter()
        for _ in 0..<2 {
            let parts = splitter.parts(of: path)
            let whole = PathParts(path)
            #expect(parts.name == whole.name && parts.stem == whole.stem && parts.ext == whole.ext)
            #expect(parts.folders == whole.folders)
        }
    }

    @Test func foldersAreFoundOnceAndReadInLowerCase() {
        var splitter = PathSplitter()
        let first = splitter.parts(of: "Data/Train/a.CSV")
        let second = splitter.parts(of: "Data/Train/b.csv")
        #expect(first.name == "a.csv" && first.stem == "a" && first.ext == "csv")
        #expect(second.name == "b.csv")
        #expect(first.folders == second.folders)
        #expect(first.folders.inDataFolder && first.folders.inTrainingFolder && !first.folders.isDataFolder)
        #expect(splitter.parts(of: "x/data/README.md").folders.isDataFolder)
        #expect(splitter.parts(of: "checkpoints/step/a.bin").folders.inCheckpointFolder)
        #expect(!splitter.parts(of: "steps/a.bin").folders.inCheckpointFolder)
    }
}
