import PolicyEngine

/// Loads the input as a waivers file. Rejections are `PolicyError`s (exit status 2); anything
/// else — a trap, a hang, a huge allocation — is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWaivers(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = try? WaiverLoader.parse(text, source: "waivers.yml")
    return 0
}
