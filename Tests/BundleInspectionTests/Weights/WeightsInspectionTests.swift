import ArchiveIO
import BundleModel
import TestSupport
import Testing

/// Weights files read through the whole inspector: in archives of every kind, and as the
/// bundle itself.
@Suite struct WeightsInspectionTests {
    static let containers: [(ArchiveWriter.Container, ArchiveWriter.Compression)] = [
        (.tar(.pax), .none), (.tar(.gnu), .zstd), (.tar(.ustar), .gzip), (.zip, .none), (.sevenZip, .none),
    ]

    @Test(arguments: 0..<containers.count)
    func readsBothFormatsInEveryContainer(index: Int) throws {
        let (container, compression) = Self.containers[index]
        let manifest = try WeightsBundle.inspect(
            [
                .file("model/model.Q8_0.gguf", try WeightsFixtures.bytes("tiny-v3.gguf")),
                .file("model/model.safetensors", try WeightsFixtures.bytes("single.safetensors")),
            ], container: container, compression: compression)
        #expect(manifest.defects.isEmpty, "\(manifest.defects)")
        let gguf = try #require(manifest.artifact("model.Q8_0.gguf"))
        #expect(gguf.kind == .weights)
        #expect(gguf.format == .gguf)
        #expect(gguf.size == 8320)
        #expect(gguf.metadata?.gguf?.general.license == "llama3.1")
        #expect(
            gguf.metadata?.gguf?.general.baseModels.first?.repoURL
                == "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct")
        let safetensors = try #require(manifest.artifact("model.safetensors")?.metadata?.safetensors)
        #expect(safetensors.metadata["license"] == "llama3.1")
        #expect(safetensors.parameterCount == 46)
    }

    @Test(arguments: ["tiny-v3.gguf", "single.safetensors"])
    func readsASingleWeightsFileAsTheBundle(name: String) throws {
        let manifest = try WeightsBundle.inspectFile(named: name, try WeightsFixtures.bytes(name))
        #expect(manifest.subject.format == (name.hasSuffix(".gguf") ? .gguf : .safetensors))
        #expect(manifest.defects.isEmpty)
        let metadata = try #require(manifest.artifact(name)?.metadata)
        #expect(metadata.gguf != nil || metadata.safetensors != nil)
    }

    @Test func reportsWeightsWhoseSizeDisagreesWithTheirHeader() throws {
        let safetensors = try WeightsFixtures.bytes("single.safetensors")
        let gguf = try WeightsFixtures.bytes("tiny-v3.gguf")
        let manifest = try WeightsBundle.inspect([
            .file("long.safetensors", safetensors + [0, 0, 0]),
            .file("short.safetensors", Array(safetensors.dropLast(10))),
            .file("short.gguf", Array(gguf.dropLast(100))),
            .file("cut-header.gguf", Array(gguf.prefix(3000))),
        ])
        #expect(
            manifest.defectSummary.map(\.0) == [
                .corruptWeightsHeader, .weightsSizeMismatch, .weightsSizeMismatch, .weightsSizeMismatch,
            ])
        #expect(
            manifest.defectSummary.map(\.1) == [
                "cut-header.gguf", "long.safetensors", "short.gguf", "short.safetensors",
            ])
        #expect(manifest.artifact("cut-header.gguf")?.metadata?.gguf?.general.name == "Llama 3.1 Acme 8B Instruct")
    }

    @Test func reportsWeightsNamedLikeAFormatTheyAreNot() throws {
        let manifest = try WeightsBundle.inspect([
            .file("fake.gguf", text: "not a model"),
            .file("fake.safetensors", text: "not a model either"),
        ])
        #expect(manifest.defectSummary.map(\.0) == [.corruptWeightsHeader, .corruptWeightsHeader])
        #expect(manifest.defects.first?.message == "not a GGUF file: it does not start with 'GGUF'")
    }

    @Test func truncatedWeightsInAnArchiveEndInADefect() throws {
        let gguf = try WeightsFixtures.bytes("tiny-v3.gguf")
        let safetensors = try WeightsFixtures.bytes("single.safetensors")
        let lengths = Array(stride(from: 1, to: gguf.count, by: 97))
        let entries = lengths.flatMap { length in
            [
                ArchiveWriter.Entry.file("g\(length).gguf", Array(gguf.prefix(length))),
                ArchiveWriter.Entry.file(
                    "s\(length).safetensors", Array(safetensors.prefix(min(length, safetensors.count - 1)))),
            ]
        }
        let manifest = try WeightsBundle.inspect(entries)
        let flagged = Set(
            manifest.defects.filter { $0.kind == .corruptWeightsHeader || $0.kind == .weightsSizeMismatch }.map(\.path))
        #expect(flagged == Set(entries.map { String(decoding: $0.rawName, as: UTF8.self) }))
    }
}
