import FuzzSupport

@testable import BundleInspection

/// Feeds the input to the GGUF header reader as a whole file. The first byte decides whether the
/// container declares the entry's size (most do) or the reader must learn it by draining.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGGUF(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let stream = MemoryByteStream(start, count: count)
    let declaresSize = count == 0 || start.load(as: UInt8.self) != UInt8(ascii: "g")
    do {
        _ = try GGUFReader.read(stream, declaredSize: declaresSize ? stream.size : nil)
    } catch {
        fatalError("the reader threw on a stream that cannot fail: \(error)")
    }
    return 0
}
