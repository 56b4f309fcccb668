import ArchiveIO
import BundleModel
import Foundation
import TestSupport
import Testing

@testable import BundleInspection

/// Sharded checkpoints: the index reader, and the whole-bundle check of the index against the
/// shards next to it.
@Suite struct ShardIndexTests {
    static let index = "model.safetensors.index.json"
    static let firstShard = "model-00001-of-00002.safetensors"
    static let secondShard = "model-00002-of-00002.safetensors"

    @Test func readsTheIndexTransformersWrites() throws {
        let reading = try ShardIndexReader.read(
            MemoryByteStream(try WeightsFixtures.bytes("sharded/" + Self.index)), declaredSize: nil)
        #expect(reading.problems.isEmpty)
        #expect(
            reading.header
                == ShardIndexInfo(totalSize: 336, shards: [Self.firstShard, Self.secondShard], tensorCount: 5))
    }

    @Test(arguments: [
        (#"{"weight_map": {"a": "x.safetensors"}}"#, nil),
        (#"{"metadata": {"total_size": 1.6e10}, "weight_map": {}}"#, UInt64(16_000_000_000)),
        (#"{"metadata": {"total_size": -3}, "weight_map": {}}"#, nil),
        (#"{"metadata": "none", "weight_map": {}}"#, nil),
    ])
    func readsTotalSizeOnlyWhenItIsAWholeNumber(json: String, totalSize: UInt64?) throws {
        let reading = try ShardIndexReader.read(
            MemoryByteStream(Array(json.utf8)), declaredSize: UInt64(json.utf8.count))
        #expect(reading.problems.isEmpty)
        #expect(reading.header?.totalSize == totalSize)
    }

    @Test(arguments: [#"{"weight_map": ["#, #"{"metadata": {}}"#, #"{"weight_map": {"a": 3}}"#])
    func reportsAMalformedIndex(json: String) throws {
        let reading = try ShardIndexReader.read(
            MemoryByteStream(Array(json.utf8)), declaredSize: UInt64(json.utf8.count))
        #expect(reading.header == nil)
        #expect(reading.problems.map(\.kind) == [.corruptWeightsHeader])
    }

    @Test(arguments: [
        ("model.safetensors.index.json", true), ("sub/Model.SafeTensors.Index.JSON", true),
        ("pytorch_model.bin.index.json", true), ("diffusion_pytorch_model.bin.index.json", true),
        (".safetensors.index.json", false), ("model.index.json", false), ("config.json", false),
    ])
    func recognisesIndexNames(path: String, isIndex: Bool) {
        #expect(ShardIndexReader.isIndex(path: path) == isIndex)
    }

    @Test(arguments: [
        ("model-00001-of-00004.safetensors", true), ("pytorch_model-1-of-2.safetensors", true),
        ("model.safetensors", false), ("model-00001-of-.safetensors", false), ("model-a-of-2.safetensors", false),
        ("-00001-of-00002.safetensors", false), ("model-00001-of-00004.bin", false),
    ])
    func recognisesShardNames(name: String, isShard: Bool) {
        #expect(ShardFileName.isShard(name, extension: "safetensors") == isShard)
    }

    @Test func aCompleteCheckpointHasNoDefects() throws {
        let manifest = try WeightsBundle.inspect(try WeightsBundle.shardedCheckpoint())
        #expect(manifest.defects.isEmpty, "\(manifest.defects)")
        #expect(manifest.artifact(Self.index)?.metadata?.shardIndex?.totalSize == 336)
        #expect(manifest.artifact(Self.firstShard)?.metadata?.safetensors?.dataLength == 160)
        #expect(manifest.artifact(Self.secondShard)?.metadata?.safetensors?.dataLength == 176)
    }

    @Test func reportsAMissingShardOnTheIndex() throws {
        let entries = try WeightsBundle.shardedCheckpoint().filter {
            !$0.rawName.elementsEqual("release/\(Self.secondShard)".utf8)
        }
        let manifest = try WeightsBundle.inspect(entries)
        #expect(
            manifest.defects == [
                Defect(
                    kind: .missingShard, path: Self.index,
                    message: "the index names the shard '\(Self.secondShard)', which is not in the bundle")
            ])
    }

    @Test func countsAnLFSPointerAsThePresentShard() throws {
        let pointer =
            "version https://git-lfs.github.com/spec/v1\noid sha256:\(String(repeating: "a", count: 64))\nsize 456\n"
        var entries = try WeightsBundle.shardedCheckpoint().filter {
            !$0.rawName.elementsEqual("release/\(Self.secondShard)".utf8)
        }
        entries.append(.file("release/\(Self.secondShard)", text: pointer))
        let manifest = try WeightsBundle.inspect(entries)
        #expect(manifest.defectSummary.map(\.0) == [.lfsPointer])
    }

    @Test func reportsAShardTheIndexDoesNotName() throws {
        var entries = try WeightsBundle.shardedCheckpoint()
        let extra = try WeightsFixtures.bytes("sharded/" + Self.secondShard)
        entries.append(.file("release/model-00003-of-00003.safetensors", extra))
        entries.append(.file("release/other/model-00001-of-00001.safetensors", extra))
        entries.append(.file("release/model-00003-of-00003.bin", extra))
        let manifest = try WeightsBundle.inspect(entries)
        #expect(
            manifest.defects.filter { $0.kind == .unindexedShard }.map(\.path) == ["model-00003-of-00003.safetensors"])
    }

    @Test func reportsATotalSizeTheShardsDoNotAddUpTo() throws {
        var entries = try WeightsBundle.shardedCheckpoint().filter {
            !$0.rawName.elementsEqual("release/\(Self.index)".utf8)
        }
        let index = String(decoding: try WeightsFixtures.bytes("sharded/" + Self.index), as: UTF8.self)
        entries.append(.file("release/\(Self.index)", text: index.replacingOccurrences(of: "336", with: "4976698672")))
        let manifest = try WeightsBundle.inspect(entries)
        #expect(
            manifest.defects == [
                Defect(
                    kind: .shardIndexSizeMismatch, path: Self.index,
                    message:
                        "metadata.total_size is 4976698672 bytes, but the 2 shards' headers describe 336 bytes of tensor data"
                )
            ])
    }

    @Test func skipsTheTotalSizeWhenAShardIsUnreadable() throws {
        var entries = try WeightsBundle.shardedCheckpoint().filter {
            !$0.rawName.elementsEqual("release/\(Self.secondShard)".utf8)
        }
        entries.append(.file("release/\(Self.secondShard)", Array(repeating: 0xFF, count: 40)))
        let manifest = try WeightsBundle.inspect(entries)
        #expect(manifest.defectSummary.map(\.0) == [.corruptWeightsHeader])
    }

    @Test func checksAnIndexInsideANestedArchive() throws {
        let inner = try ArchiveWriter.data(try WeightsBundle.shardedCheckpoint(in: "ckpt/"), container: .zip)
        let manifest = try WeightsBundle.inspect([.file("weights.zip", inner), .file("README.md", text: "# Model\n")])
        #expect(manifest.defects.isEmpty, "\(manifest.defects)")
        #expect(manifest.artifact("weights.zip!/ckpt/\(Self.index)")?.metadata?.shardIndex != nil)
        let incomplete = try ArchiveWriter.data(
            Array(try WeightsBundle.shardedCheckpoint(in: "ckpt/").dropFirst()), container: .zip)
        let broken = try WeightsBundle.inspect([.file("weights.zip", incomplete)])
        #expect(broken.defectSummary.map(\.0) == [.missingShard])
        #expect(broken.defects.first?.path == "weights.zip!/ckpt/\(Self.index)")
    }
}
