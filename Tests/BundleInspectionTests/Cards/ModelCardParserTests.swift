import BundleModel
import Foundation
import Testing

@testable import BundleInspection

/// Front matter, titles and names of realistic model cards.
@Suite struct ModelCardParserTests {
    private func parse(_ text: String) -> (info: ModelCardInfo, defects: [Defect]) {
        ModelCardParser.parse(TextDocument(path: "README.md", text: text), path: "README.md")
    }

    @Test func llamaCard() {
        let (info, defects) = parse(ModelCardSamples.llama)
        #expect(defects.isEmpty)
        #expect(info.hasFrontMatter)
        #expect(info.license == ["llama3.1"])
        #expect(info.baseModels == ["meta-llama/Llama-3.1-8B-Instruct"])
        #expect(info.baseModelRelation == "finetune")
        #expect(info.tags == ["facebook", "meta", "llama-3"])
        #expect(info.datasets == ["acme/support-chats"])
        #expect(info.pipelineTag == "text-generation")
        #expect(info.extraGatedEUDisallowed == true)
        #expect(info.bodyStartLine == 27)
        #expect(info.title == "Llama-3.1-Acme-8B")
        #expect(info.modelName == "Llama-3.1-Acme-8B")
        #expect(info.modelNameSource == .heading)
    }

    @Test func crlfLineEndingsReadTheSame() {
        let crlf = ModelCardSamples.llama.replacingOccurrences(of: "\n", with: "\r\n")
        let (info, defects) = parse(crlf)
        #expect(defects.isEmpty)
        #expect(info == parse(ModelCardSamples.llama).info)
    }

    @Test func mergeCardWithModelIndexName() {
        let (info, defects) = parse(ModelCardSamples.merge)
        #expect(defects.isEmpty)
        #expect(info.baseModels == ["Qwen/Qwen2.5-7B-Instruct", "Qwen/Qwen2.5-Math-7B"])
        #expect(info.baseModelRelation == "merge")
        #expect(info.license == ["apache-2.0", "mit"])
        #expect(info.tags == ["mergekit", "merge"])
        #expect(info.modelName == "Qwen2.5-Acme-Merge-7B")
        #expect(info.modelNameSource == .modelIndex)
        #expect(info.title == "Something else")
        #expect(info.evaluationResults == 0)
    }

    @Test("model-index entries with results count as evaluation results in the card")
    func modelIndexResults() {
        let card = """
            ---
            model-index:
            - name: Acme-7B
              results:
              - task: {type: text-generation}
                dataset: {name: MMLU, type: cais/mmlu}
                metrics: [{type: accuracy, value: 61.2}]
            - name: Acme-7B-chat
              results: []
            ---
            # Acme-7B
            """
        #expect(parse(card).info.evaluationResults == 1)
        #expect(parse(ModelCardSamples.llama).info.evaluationResults == nil)
    }

    @Test func otherLicenseWithName() {
        let (info, _) = parse(ModelCardSamples.qwenOther)
        #expect(info.license == ["other"])
        #expect(info.licenseName == "qwen")
        #expect(info.licenseLink == "https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE")
        #expect(info.modelName == "Qwen2.5-Acme-72B")
        #expect(info.modelNameSource == .modelName)
        #expect(info.title == nil)
        #expect(info.extraGatedEUDisallowed == nil)
    }

    @Test func noFrontMatterTakesTheFirstHeadingOutsideFences() {
        let (info, defects) = parse(ModelCardSamples.headingOnly)
        #expect(defects.isEmpty)
        #expect(!info.hasFrontMatter)
        #expect(info.bodyStartLine == 1)
        #expect(info.title == "Gemma-Acme 2B")
        #expect(info.modelNameSource == .heading)
        #expect(parse(ModelCardSamples.setext).info.title == "Acme Model")
    }

    @Test(arguments: [
        ("# Model Card for Llama-3.1-Acme-8B", "Llama-3.1-Acme-8B"),
        ("# 🦙 Llama-3.1-Acme-8B", "Llama-3.1-Acme-8B"),
        ("# Model card: Meta-Llama-3.1-Acme", "Meta-Llama-3.1-Acme"),
        ("# Llama-3.1-Acme-8B", "Llama-3.1-Acme-8B"),
    ])
    func headingNamesTheModelWithoutTheTemplateOpening(heading: String, name: String) {
        #expect(parse("\(heading)\n\nText.\n").info.modelName == name)
    }

    @Test(arguments: ["# Model Details", "# Overview", "# Model Card", "# Model Card for Model ID"])
    func aSectionHeadingNamesNothing(heading: String) {
        let info = parse("\(heading)\n\nText.\n").info
        #expect(info.title != nil)
        #expect(info.modelName == nil)
    }

    @Test func nullAndEmptyValuesAreAbsent() {
        let (info, defects) = parse("---\nlicense: null\nbase_model: ''\ntags: ~\n---\n")
        #expect(defects.isEmpty)
        #expect(info.license.isEmpty)
        #expect(info.baseModels.isEmpty)
        #expect(info.tags.isEmpty)
        #expect(info.hasFrontMatter)
    }

    @Test func malformedYAMLIsADefectOnItsLine() {
        let (info, defects) = parse("---\nlicense: mit\ntags: [a, b\nbase_model: x\n---\n# Title\n")
        #expect(defects.map(\.kind) == [.malformedModelCard])
        #expect(defects.first?.line == 4)
        #expect(defects.first?.message.contains("README.md") == false)
        #expect(info.title == "Title")
        #expect(info.bodyStartLine == 6)
    }

    @Test func duplicateKeysAreADefect() {
        let (_, defects) = parse("---\nlicense: mit\nlicense: apache-2.0\n---\n")
        #expect(defects.map(\.kind) == [.malformedModelCard])
        #expect(defects.first?.message.contains("duplicate key license") == true)
    }

    @Test func frontMatterThatIsNotAMappingIsADefect() {
        let (_, defects) = parse("---\n- a\n- b\n---\n")
        #expect(defects.first?.line == 2)
    }

    @Test func unclosedFrontMatterIsADefect() {
        let (info, defects) = parse("---\nlicense: mit\n# Title\n")
        #expect(defects.map(\.line) == [1])
        #expect(info.title == nil)
    }

    @Test func fewAliasesAreFine() {
        let (info, defects) = parse("---\nbase: &base org/model\nbase_model: *base\ntags: [*base]\n---\n")
        #expect(defects.isEmpty)
        #expect(info.baseModels == ["org/model"])
    }
}
