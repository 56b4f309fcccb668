import Testing

@testable import PolicyEngine

/// `PathSplitter` splits each folder once and gives the parts `PathParts(path)` gives for paths
/// whose name and folders are ASCII, reading the name in place; it leaves the others to be split
/// whole.
@Suite struct PathSplitterTests {
    static let asciiPaths = [
        "README.md", "Data/README.md", "shard000/file00000.txt", "shard000/file00001.TXT",
        "checkpoint-500/model.safetensors", "runs/Step1000/x.bin", "stage2-step3/a.pt", "Eval/scores.json",
        "a//b/.hidden", "Training/train.py", "outputs/sample_output.md", "noext", "data_prep/clean.py",
        "a/b/c/d/e/f.jsonl", "x/.py", "x/a.b.PY", "x/trailing.",
    ]

    @Test(arguments: asciiPaths)
    func splitsAsAWholePathDoes(path: String) throws {
        var splitter = PathSplitter()
        let whole = PathParts(path)
        for _ in 0..<2 {
            var text = path
            let parts = try text.withUTF8 { bytes in
                let result = splitter.split(bytes)
                let split = try #require(result)
                return (
                    name: Self.lowercased(split.name.name), stem: Self.lowercased(split.name.stem),
                    ext: Self.lowercased(split.name.ext), folders: split.folders
                )
            }
            #expect(parts.name == whole.name && parts.stem == whole.stem && parts.ext == whole.ext)
            #expect(parts.folders == whole.folders)
        }
    }

    @Test(arguments: ["données/Évaluation.txt", "x/İstanbul.json", "Données/eval/x.txt", "trailing/", ""])
    func leavesOtherPathsToBeSplitWhole(path: String) {
        var splitter = PathSplitter()
        var text = path
        #expect(text.withUTF8 { splitter.split($0) == nil })
    }

    @Test func foldersAreFoundOnceAndReadInLowerCase() {
        var splitter = PathSplitter()
        func folders(_ path: String) -> PathFolders? {
            var text = path
            return text.withUTF8 { splitter.split($0)?.folders }
        }
        let first = folders("Data/Train/a.CSV")
        #expect(first == folders("Data/Train/b.csv"))
        #expect(first?.inDataFolder == true && first?.inTrainingFolder == true && first?.isDataFolder == false)
        #expect(folders("x/data/README.md")?.isDataFolder == true)
        #expect(folders("checkpoints/step/a.bin")?.inCheckpointFolder == true)
        #expect(folders("steps/a.bin")?.inCheckpointFolder == false)
        #expect(folders("Data/Train/c.csv") == first)
    }

    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).lowercased()
    }
}
