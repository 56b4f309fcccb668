import BundleModel

@testable import BundleInspection

/// Reads the input as each of the small files lineage is drawn from: a mergekit configuration
/// (a file of its own, and a block embedded in a card), an Ollama Modelfile (with the text of
/// its `LICENSE` blocks), and a JSON config of every kind the inspector reads (`config.json`,
/// `adapter_config.json`, …), through the same size and value caps. Every outcome is a value or
/// a defect; a trap, a hang or a huge allocation is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLineageFiles(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let text = String(decoding: bytes, as: UTF8.self)
    let document = TextDocument(path: "mergekit_config.yml", text: text, isTruncated: false)
    _ = MergekitConfigReader.read(document)
    _ = MergekitConfigReader.embedded(in: document, bodyStartLine: 1)
    let modelfile = ModelfileParser.parse(document)
    for span in modelfile.licenseBlocks {
        _ = ModelfileParser.blockLines(document, span: span)
    }
    for kind in [ConfigFileKind.model, .adapter, .tokenizer, .generation, .quantize, .pipelineIndex] {
        _ = ConfigEntryAnalyzer.analyze(bytes, path: kind.rawValue, as: kind)
    }
    return 0
}
