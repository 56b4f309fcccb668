import ArchiveIO
import BundleModel
import Foundation
import Testing

@testable import BundleInspection

/// YAML bombs and oversized front matter end quickly with a defect.
@Suite struct ModelCardHostileInputTests {
    private func parse(_ text: String) -> (info: ModelCardInfo, defects: [Defect]) {
        ModelCardParser.parse(TextDocument(path: "README.md", text: text), path: "README.md")
    }

    private func expectRefusedQuickly(
        _ text: String, mentioning word: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let started = Date()
        let (_, defects) = parse(text)
        #expect(Date().timeIntervalSince(started) < 1, sourceLocation: sourceLocation)
        #expect(defects.map(\.kind) == [.malformedModelCard], sourceLocation: sourceLocation)
        #expect(defects.first?.message.contains(word) == true, "\(defects)", sourceLocation: sourceLocation)
    }

    @Test func billionLaughs() {
        var lines = ["---", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(previous)]")
        }
        lines += ["license: mit", "---"]
        expectRefusedQuickly(lines.joined(separator: "\n"), mentioning: "aliases")
    }

    @Test func aliasBombAsMappingKeys() {
        var lines = ["---", "a0: &a0 [x, x]"]
        for level in 1...30 { lines.append("a\(level): &a\(level) [*a\(level - 1), *a\(level - 1)]") }
        lines += ["? *a30", ": boom", "---"]
        expectRefusedQuickly(lines.joined(separator: "\n"), mentioning: "aliases")
    }

    @Test func deepFlowNesting() {
        let text =
            "---\nx: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n---\n"
        expectRefusedQuickly(text, mentioning: "nesting")
    }

    @Test func deepBlockNesting() {
        let lines = (0..<200).map { String(repeating: " ", count: $0) + "k\($0):" }
        expectRefusedQuickly((["---"] + lines + ["---"]).joined(separator: "\n"), mentioning: "nesting")
    }

    @Test func frontMatterOverTheSizeCap() {
        let filler = (0..<20_000).map { "key\($0): \(String(repeating: "v", count: 20))" }
        let (info, defects) = parse((["---"] + filler + ["---", "# Title"]).joined(separator: "\n"))
        #expect(defects.map(\.kind) == [.malformedModelCard])
        #expect(defects.first?.message.contains("256 KiB") == true)
        #expect(info.title == "Title")
    }

    @Test func tenMegabyteFrontMatterInABundle() throws {
        let line = "description: " + String(repeating: "x", count: 100) + "\n"
        let text = "---\n" + String(repeating: line, count: 10 << 20 / line.utf8.count) + "---\n# Title\n"
        let started = Date()
        let manifest = try EntryHarness.inspect([.file("README.md", text: text)])
        #expect(Date().timeIntervalSince(started) < 5)
        // Cut short, so it is both: a card whose front matter never closes, and one not read to its end.
        #expect(manifest.defects.map(\.kind) == [.malformedModelCard, .textTooLarge])
        #expect(manifest.artifacts.first?.metadata?.modelCard?.hasFrontMatter == true)
    }
}
