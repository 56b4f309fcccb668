import FuzzSupport

@testable import BundleInspection

/// Feeds the input to the safetensors header reader as a whole file (length field, JSON, data)
/// and to the shard index reader as a `model.safetensors.index.json`: the two JSON documents of
/// a safetensors checkpoint.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSafetensors(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let header = MemoryByteStream(start, count: count)
    let index = MemoryByteStream(start, count: count)
    do {
        _ = try SafetensorsReader.read(header, declaredSize: header.size)
        _ = try ShardIndexReader.read(index, declaredSize: index.size)
    } catch {
        fatalError("a reader threw on a stream that cannot fail: \(error)")
    }
    return 0
}
