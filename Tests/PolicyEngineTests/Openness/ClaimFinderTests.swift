import BundleModel
import Testing

@testable import PolicyEngine

/// What a model card claims about openness: claims about the model, its weights or its base are
/// found; accurate availability wording and comparisons with other models are told apart; other
/// uses of the words are left alone.
@Suite struct ClaimFinderTests {
    private func kinds(
        _ body: String, tags: [String] = [], names: [String] = ["atom-7b", "llama"]
    ) -> [OpennessClaim.Kind] {
        var info = ModelCardInfo()
        info.tags = tags
        let card = ReleaseCard(path: "README.md", info: info)
        let document = TextDocument(path: "README.md", text: body)
        return ClaimFinder(card: card, document: document, names: names).find().map(\.kind)
    }

    @Test(
        "open-source claims about the model, its weights or its base",
        arguments: [
            "right now the top open-source LLM in the world",
            "built on top of Meta's open-source Llama V2",
            "Atom-7B模型完全开源，可以商用",
            "基于开源模型Llama2继续预训练",
            "# An open-source large language model for contracts",
            "The Acme-10B model is an open-source LLM for chat.",
            "Today we opensource Acme-Chat-3.",
            "The #1 open source model on our coding benchmark",
            "This model is fully open.",
            "Our model is 100% open source!",
            "Released as an open-source AI model.",
            "License: open source",
            "オープンソースのモデルです。",
        ])
    func claims(sentence: String) {
        #expect(kinds(sentence) == [.openSource], "\(sentence)")
    }

    @Test(
        "accurate wording is availability, not an open-source claim",
        arguments: [
            "The model has open weights.",
            "The most capable openly available LLM we have built.",
            "A fully open-weight model.",
            "Weights available under the Llama 3.1 Community License.",
        ])
    func availability(sentence: String) {
        #expect(kinds(sentence) == [.availability], "\(sentence)")
    }

    @Test(
        "comparisons with open-source models are not claims about this one",
        arguments: [
            "Our chat models outperform open-source chat models on nearly every benchmark we ran.",
            "Its pass@1 score is higher than the best open-source code LLMs.",
            "Comparing Acme-Coder with the Open-Source Models",
            "It is competitive with other open-source models of its size.",
            "在多个基准上超过了开源模型",
        ])
    func comparisons(sentence: String) {
        #expect(kinds(sentence) == [.comparison], "\(sentence)")
    }

    @Test(
        "the words used of something other than this model raise nothing",
        arguments: [
            "Built with the open-source library transformers.",
            "We thank the open source community.",
            "Trained on open-source datasets such as The Pile.",
            "This model is not open source.",
            "See https://github.com/opensource/models for details.",
            "Inference runs on vLLM, an open-source inference engine.",
            "```\nopen-source model\n```",
            "<!-- this is an open-source model -->",
        ])
    func nothing(sentence: String) {
        #expect(kinds(sentence).isEmpty, "\(sentence)")
    }

    @Test("an open-source tag is a claim, at its line of the front matter")
    func tag() {
        var info = ModelCardInfo()
        info.tags = ["text-generation", "open-source"]
        info.bodyStartLine = 6
        let document = TextDocument(
            path: "README.md", text: "---\nlicense: mit\ntags:\n- text-generation\n- open-source\n---\n# X\n")
        let found = ClaimFinder(card: ReleaseCard(path: "README.md", info: info), document: document, names: []).find()
        #expect(found.map(\.kind) == [.openSource])
        #expect(found.first?.line == 5)
        #expect(found.first?.text == "tags: open-source")
    }

    @Test("a long sentence is quoted around the phrase, as written")
    func quote() {
        let long =
            String(repeating: "Lorem ipsum dolor sit amet. ", count: 3) + String(repeating: "word ", count: 60)
            + "and Atom-7B is open source " + String(repeating: "tail ", count: 60)
        var info = ModelCardInfo()
        info.tags = []
        let card = ReleaseCard(path: "README.md", info: info)
        let found = ClaimFinder(card: card, document: TextDocument(path: "README.md", text: long), names: ["atom-7b"])
            .find()
        let text = found.first?.text ?? ""
        #expect(text.contains("Atom-7B is open source"))
        #expect(text.hasPrefix("…") && text.hasSuffix("…"))
        #expect(text.count <= ClaimFinder.maxQuote + 2)
    }
}
