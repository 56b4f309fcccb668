import ArchiveIO
import Foundation
import TestSupport
import Testing

/// Every input a fuzz target found, fed through the command the way that target's input reaches
/// it: each must end within the shared bounds, with findings or exit status 2.
@Suite struct FuzzReproducerTests {
    /// A reproducer: the target folder it sits in and its file name.
    struct Reproducer: CustomTestStringConvertible, Sendable {
        let target: String
        let file: URL

        var testDescription: String { "\(target)/\(file.lastPathComponent)" }
    }

    static let reproducers: [Reproducer] = {
        guard let root = Bundle.module.resourceURL?.appendingPathComponent("Reproducers"),
            let targets = try? FileManager.default.contentsOfDirectory(
                at: root, includingPropertiesForKeys: [.isDirectoryKey])
        else { return [] }
        return targets.filter(\.hasDirectoryPath).sorted { $0.path < $1.path }.flatMap { folder in
            let files =
                (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
            return files.sorted { $0.path < $1.path }.map { Reproducer(target: folder.lastPathComponent, file: $0) }
        }
    }()

    /// Where an input of each target sits in a bundle, for the targets that read one file of it.
    private static let entryNames = [
        "safetensors": "model/model.safetensors", "gguf": "model/model.gguf", "pickle": "model/optimizer.pkl",
        "model-card": "model/README.md", "license-text": "model/LICENSE",
    ]

    @Test(arguments: reproducers)
    func endsWithinBounds(reproducer: Reproducer) throws {
        let scratch = try TemporaryDirectory()
        let input = Array(try Data(contentsOf: reproducer.file))
        let name = reproducer.testDescription
        switch reproducer.target {
        case "archive":
            _ = try BoundedRun.inspect(try scratch.write("bundle", input), in: scratch, case: name)
        case "facts", "waivers":
            try scratch.write("release/README.md", "# Model\n")
            let file = try scratch.write("input.yml", input)
            _ = try BoundedRun.run(
                ["check", scratch.path("release"), "--\(reproducer.target)", file], in: scratch, case: name)
        default:
            let entry = try #require(Self.entryNames[reproducer.target], "no way to feed a \(reproducer.target) input")
            let tar = try ArchiveWriter.data(
                [.file("model/config.json", text: "{}"), .file(entry, input)], container: .tar(.pax))
            _ = try BoundedRun.inspect(try scratch.write("bundle.tar", tar), in: scratch, case: name)
        }
    }
}
