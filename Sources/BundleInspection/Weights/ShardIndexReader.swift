import ArchiveIO
import BundleModel

/// Reads the index of a sharded checkpoint (`model.safetensors.index.json`,
/// `pytorch_model.bin.index.json`): which shard files it names and the total size it declares.
/// Whether those shards are present is checked once the whole bundle is known (`ShardIndexCheck`).
enum ShardIndexReader {
    /// The largest index accepted: the largest real ones (a 91,000-tensor MoE model's) are 9 MB.
    static let maxIndexBytes = 16 << 20

    /// The weights extensions whose indexes are read, as in `model.safetensors.index.json`.
    static let indexedExtensions = ["safetensors", "bin"]

    /// Whether the file at `path` is named like a shard index.
    static func isIndex(path: String) -> Bool {
        weightsExtension(ofIndex: path) != nil
    }

    /// The extension of the shards an index names: `safetensors` for `model.safetensors.index.json`.
    static func weightsExtension(ofIndex path: String) -> String? {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        return indexedExtensions.first { name.hasSuffix(".\($0).index.json") && name.count > ".\($0).index.json".count }
    }

    /// The entry's index as metadata, its problems as defects.
    static func analyze(_ entry: BundleEntry) throws -> EntryAnalysis {
        try read(entry.content, declaredSize: entry.header.declaredSize).analysis(
            at: entry.path, storedAt: \.shardIndex)
    }

    /// Reads an index from `stream`. Throws only when the stream itself fails.
    ///
    /// - Parameter declaredSize: the entry's size, when the container declares it: a larger
    ///   index than the cap is then refused without reading it.
    static func read(
        _ stream: some EntryByteStream, declaredSize: UInt64?
    ) throws -> WeightsHeaderReading<ShardIndexInfo> {
        let tooLarge = "the shard index is larger than \(maxIndexBytes) bytes; it was not read"
        if let declaredSize, declaredSize > UInt64(maxIndexBytes) { return failure(tooLarge) }
        let bytes = try stream.read(maxIndexBytes + 1)
        guard bytes.count <= maxIndexBytes else { return failure(tooLarge) }
        let index: ShardIndexParser.Index
        do {
            index = try ShardIndexParser.parse(bytes)
        } catch {
            return failure("the shard index is not valid: \(error.message)")
        }
        let info = ShardIndexInfo(
            totalSize: index.totalSize, shards: index.shards.sorted(), tensorCount: index.tensorCount)
        return WeightsHeaderReading(header: info, problems: [])
    }

    private static func failure(_ message: String) -> WeightsHeaderReading<ShardIndexInfo> {
        WeightsHeaderReading(header: nil, problems: [.corrupt(message)])
    }
}
