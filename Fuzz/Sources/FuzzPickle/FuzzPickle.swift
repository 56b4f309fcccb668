import FuzzSupport

@testable import BundleInspection

/// Scans the input as a pickle stream, and sniffs its start the way `.bin` files are recognised.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPickle(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let stream = MemoryByteStream(start, count: count)
    do {
        _ = try PickleScanner().scan(stream, declaredSize: stream.size)
    } catch {
        fatalError("the scanner threw on a stream that cannot fail: \(error)")
    }
    let prefix = Array(UnsafeRawBufferPointer(start: start, count: min(count, Classifier.sniffLength)))
    _ = PickleSniffer.parses(prefix, size: UInt64(count))
    return 0
}
