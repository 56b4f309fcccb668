import ArchiveIO
import BundleInspection
import BundleModel
import Foundation
import TestSupport
import Testing

/// A bundle cut short at any point, in every container format, ends as a readable bundle or as
/// an `ArchiveIOError` (exit status 2), quickly; never as a crash or another error.
@Suite struct TruncationTests {
    static let formats: [(String, ArchiveWriter.Container, ArchiveWriter.Compression)] = [
        ("tar", .tar(.pax), .none), ("tar.gz", .tar(.pax), .gzip), ("tar.bz2", .tar(.pax), .bzip2),
        ("tar.xz", .tar(.pax), .xz), ("tar.zst", .tar(.pax), .zstd), ("zip", .zip, .none), ("7z", .sevenZip, .none),
    ]

    /// A small release: card, license, config, weights, a pickle, a nested archive, a link.
    private static func release() throws -> [ArchiveWriter.Entry] {
        let header = Array(#"{"w":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}}"#.utf8)
        let safetensors = (0..<8).map { UInt8(truncatingIfNeeded: header.count >> (8 * $0)) } + header + [0, 60, 0, 60]
        let nested = try ArchiveWriter.data(
            [.file("inner/config.json", text: #"{"model_type": "llama"}"#)], container: .zip)
        return [
            .file(
                "model/README.md", text: "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n# Acme 8B\n"
            ),
            .file("model/LICENSE", text: String(repeating: "LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\n", count: 40)),
            .file("model/config.json", text: #"{"architectures": ["LlamaForCausalLM"], "model_type": "llama"}"#),
            .file("model/model.safetensors", safetensors),
            .file("model/training_args.bin", [0x80, 0x02, 0x7D, 0x71, 0x00, 0x2E]),
            .file("model/extras.zip", nested),
            .symlink("model/LICENSE.txt", to: "LICENSE"),
        ]
    }

    /// Every cut in the first and last 16 bytes, and about 48 spread over the rest.
    private static func cutPoints(in length: Int) -> [Int] {
        let edges = Array(0..<min(16, length)) + Array(max(0, length - 16)..<length)
        return Array(Set(edges + stride(from: 0, to: length, by: max(1, length / 48)))).sorted()
    }

    @Test(arguments: formats)
    func cutAnywhere(suffix: String, container: ArchiveWriter.Container, compression: ArchiveWriter.Compression) throws
    {
        let scratch = try TemporaryDirectory()
        let whole = try ArchiveWriter.data(try Self.release(), container: container, compression: compression)
        let clock = ContinuousClock()
        var slowest = Duration.zero
        var refused = 0
        let cuts = Self.cutPoints(in: whole.count)
        for cut in cuts {
            let bundle = try scratch.write("cut.\(suffix)", Array(whole.prefix(cut)))
            let started = clock.now
            do {
                _ = try BundleInspector().inspect(path: bundle)
            } catch is ArchiveIOError {
                refused += 1
            } catch {
                Issue.record("\(suffix) cut at \(cut) of \(whole.count): \(error)")
            }
            slowest = max(slowest, clock.now - started)
        }
        #expect(slowest < BoundedRun.timeLimit)
        if ProcessInfo.processInfo.environment["CLEARANCE_HOSTILE_REPORT"] != nil {
            print(
                "hostile truncation \(suffix): \(cuts.count) cuts of \(whole.count) bytes, \(refused) refused, slowest \(slowest)"
            )
        }
        _ = try BoundedRun.inspect(
            try scratch.write("half.\(suffix)", Array(whole.prefix(whole.count / 2))), in: scratch,
            case: "\(suffix) cut in half")
    }
}
