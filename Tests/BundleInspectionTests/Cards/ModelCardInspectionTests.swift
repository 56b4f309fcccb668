import ArchiveIO
import BundleInspection
import BundleModel
import TestSupport
import Testing

/// Model cards read during a whole-bundle inspection.
@Suite struct ModelCardInspectionTests {
    @Test func readmeAtTheRootIsParsedAndKeptSearchable() throws {
        let manifest = try EntryHarness.inspect([
            .directory("release/"),
            .file("release/README.md", text: ModelCardSamples.llama),
            .file("release/config.json", text: #"{"model_type": "llama"}"#),
        ])
        let card = try #require(manifest.artifacts.first { $0.path == "README.md" })
        #expect(card.kind == .modelCard)
        let info = try #require(card.metadata?.modelCard)
        #expect(info.license == ["llama3.1"])
        let document = try #require(manifest.documents["README.md"])
        #expect(info.bodyStartLine < 30)
        #expect(
            document.lines.indices.filter { document.lines[$0].contains("Built with Llama") }.map { $0 + 1 } == [30])
        #expect(manifest.defects.isEmpty)
        #expect(manifest.card?.path == "README.md")
        #expect(manifest.card?.info == info)
    }

    /// The manifest names the release's card and relation once, for the checks and the reports.
    @Test func theManifestCarriesTheReleaseCardAndRelation() throws {
        let manifest = try EntryHarness.inspect([
            .file("docs/README.md", text: "# Usage\n"),
            .file(
                "MODEL_CARD.md", text: "---\nbase_model: [a/one, b/two]\nbase_model_relation: finetune\n---\n# Merged\n"
            ),
            .file("inner.zip", try ArchiveWriter.data([.file("README.md", text: "# Inner\n")], container: .zip)),
        ])
        #expect(manifest.card?.path == "MODEL_CARD.md")
        #expect(manifest.relation == BaseModelRelation(declared: "finetune", shown: "merge"))
    }

    @Test func cardIsParsedEvenWhenTheTextBudgetIsSpent() throws {
        let options = InspectionOptions(maxTextBytesTotal: 0)
        let manifest = try EntryHarness.inspect(
            [.file("MODEL_CARD.md", text: ModelCardSamples.qwenOther)], options: options)
        #expect(manifest.documents.isEmpty)
        #expect(manifest.artifacts.first?.metadata?.modelCard?.licenseName == "qwen")
    }

    @Test func malformedCardDefectCarriesTheLine() throws {
        let manifest = try EntryHarness.inspect([.file("README.md", text: "---\nlicense: [mit\n---\n")])
        #expect(manifest.defects.map(\.kind) == [.malformedModelCard])
        #expect(manifest.defects.first?.path == "README.md")
        #expect(manifest.defects.first?.line != nil)
    }
}
