import BundleModel

/// Checks every shard index against the files next to it, once paths are relative to the
/// bundle root: each shard it names is there, no shard-named file is left out of it, and its
/// `total_size` matches the tensor data the shards' headers describe.
enum ShardIndexCheck {
    /// The defects of all shard indexes in `artifacts`.
    static func defects(in artifacts: [Artifact]) -> [Defect] {
        guard artifacts.contains(where: { $0.hasMetadata && $0.metadata?.shardIndex != nil }) else { return [] }
        var positions: [String: Int] = [:]
        for (position, artifact) in artifacts.enumerated() where positions[artifact.path] == nil {
            positions[artifact.path] = position
        }
        let byPath = { (path: String) in positions[path].map { artifacts[$0] } }
        var defects: [Defect] = []
        var namedShards: [FolderKey: Set<String>] = [:]
        for index in artifacts {
            guard let info = index.metadata?.shardIndex,
                let ext = ShardIndexReader.weightsExtension(ofIndex: index.path)
            else { continue }
            let folder = ShardFileName.folder(of: index.path)
            let shardPaths = info.shards.map { ShardFileName.path(of: $0, in: folder) }
            namedShards[FolderKey(folder: folder, extension: ext), default: []].formUnion(shardPaths)
            defects += missing(shardPaths, of: info, index: index.path) { positions[$0] != nil }
            defects += uninspected(shardPaths.compactMap(byPath), index: index.path)
            if ext == "safetensors",
                let defect = sizeMismatch(info, shards: shardPaths.compactMap(byPath), index: index.path)
            {
                defects.append(defect)
            }
        }
        return defects + unindexed(artifacts, named: namedShards)
    }

    /// Folder and weights extension: the indexes that may name a shard file.
    private struct FolderKey: Hashable {
        var folder: String
        var `extension`: String
    }

    /// An LFS pointer standing for a shard counts as present; its own defect covers it.
    private static func missing(
        _ shardPaths: [String], of info: ShardIndexInfo, index: String, isPresent: (String) -> Bool
    ) -> [Defect] {
        zip(info.shards, shardPaths).compactMap { shard, path in
            guard !isPresent(path) else { return nil }
            return Defect(
                kind: .missingShard, path: index,
                message: "the index names the shard \(MessageText.quoted(shard)), which is not in the bundle")
        }
    }

    /// Shards transformers would hand to `torch.load` (every one not named `.safetensors`) that
    /// were not read as a pickle or a zip: a file that came before its index in the bundle is
    /// classified by its own name and content, which may not have looked like a pickle.
    private static func uninspected(_ shards: [Artifact], index: String) -> [Defect] {
        shards.compactMap { shard in
            guard !shard.path.lowercased().hasSuffix(".safetensors"), shard.kind != .lfsPointer, shard.format != .empty,
                ![.pickle, .pytorchZip, .zip, .npz].contains(shard.format)
            else { return nil }
            let message =
                "\(index) names it as a shard, which transformers loads with torch.load, but it was read "
                + "as \(shard.format.rawValue), not scanned as a pickle"
            return Defect(kind: .uninspectedShard, path: shard.path, message: message)
        }
    }

    /// Compared only when every shard is present with a readable safetensors header.
    private static func sizeMismatch(_ info: ShardIndexInfo, shards: [Artifact], index: String) -> Defect? {
        guard let totalSize = info.totalSize, shards.count == info.shards.count else { return nil }
        let lengths = shards.compactMap { $0.metadata?.safetensors?.dataLength }
        guard lengths.count == shards.count else { return nil }
        let sum = lengths.reduce(UInt64(0) as UInt64?) { total, length in total.flatMap { $0.addingOrNil(length) } }
        guard sum != totalSize else { return nil }
        let described = sum.map { "\($0) bytes" } ?? "more bytes than 64 bits can count"
        return Defect(
            kind: .shardIndexSizeMismatch, path: index,
            message:
                "metadata.total_size is \(totalSize) bytes, but the \(shards.count) shards' headers describe \(described) of tensor data"
        )
    }

    private static func unindexed(_ artifacts: [Artifact], named: [FolderKey: Set<String>]) -> [Defect] {
        artifacts.compactMap { artifact in
            let name = ShardFileName.fileName(of: artifact.path)
            let folder = ShardFileName.folder(of: artifact.path)
            for ext in ShardIndexReader.indexedExtensions where ShardFileName.isShard(name, extension: ext) {
                guard let listed = named[FolderKey(folder: folder, extension: ext)], !listed.contains(artifact.path)
                else { continue }
                return Defect(
                    kind: .unindexedShard, path: artifact.path,
                    message: "named like a shard, but no .\(ext).index.json in its folder lists it")
            }
            return nil
        }
    }
}
