import BundleModel

@testable import BundleInspection

/// Parses the input as a model card: front matter through the guard and the YAML parser, then
/// the title. The text is decoded the way the inspector decodes it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelCard(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let document = TextDocument(path: "README.md", text: text, isTruncated: false)
    _ = ModelCardParser.parse(document, path: "README.md")
    return 0
}
