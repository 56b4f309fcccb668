import FuzzSupport
@testable import BundleInspection

/// Feeds the input to the safetensors header reader as a whole file: length field, JSON, data.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSafetensors(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let stream = MemoryByteStream(start, count: count)
    do {
        _ = try SafetensorsReader.read(stream, declaredSize: stream.size)
    } catch {
        fatalError("the reader threw on a stream that cannot fail: \(error)")
    }
    return 0
}
