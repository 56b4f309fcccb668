import Testing

@testable import PolicyEngine

/// The byte search the stated-lineage prose search runs once per phrase on each card line.
@Suite struct PhraseSearchTests {
    @Test(
        "a phrase is found where it stands, after multi-byte text too",
        arguments: ["this model is fine-tuned from llama 3.1", "完全开源 – fine-tuned from llama", "fine-tuned from"])
    func found(_ line: String) throws {
        let range = try #require(StatedLineageCollector.firstRange(of: "fine-tuned from", in: line))
        #expect(line[range] == "fine-tuned from")
        #expect(line[range.upperBound...].hasPrefix(" llama") || range.upperBound == line.endIndex)
    }

    @Test("a phrase that is not there, or longer than the line, is not found", arguments: ["fine-tuned", "", "tuned"])
    func notFound(_ line: String) {
        #expect(StatedLineageCollector.firstRange(of: "fine-tuned from", in: line) == nil)
    }

    @Test func theFirstOfSeveralIsFound() throws {
        let line = "based on a model based on another"
        let range = try #require(StatedLineageCollector.firstRange(of: "based on", in: line))
        #expect(line.distance(from: line.startIndex, to: range.lowerBound) == 0)
    }
}
