import PolicyEngine

/// Loads the input as a facts file. Rejections are `PolicyError`s (exit status 2); anything
/// else — a trap, a hang, a huge allocation — is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFacts(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = try? FactsLoader.parse(text, source: "clearance.yml")
    return 0
}
