import BundleModel

/// The topics a model card covers, read from its headings: what the Radboud index asks of a
/// comprehensive card (architecture, training, evaluation, limitations, intended use) and of a
/// datasheet (where the data comes from and how it was processed).
struct CardSections {
    /// A topic a heading can cover.
    enum Topic: String, CaseIterable {
        case architecture
        case training
        case evaluation
        case limitations
        case intendedUse = "intended use"
        case trainingData = "training data"
        case dataSources = "data sources"
        case dataProcessing = "data processing"

        /// Words whose presence in a heading (folded to lower case) shows the topic.
        var words: [String] {
            switch self {
            case .architecture:
                [
                    "architecture", "model details", "model description", "model summary", "model information",
                    "model overview", "模型架构", "模型介绍",
                ]
            case .training: ["training", "fine-tuning", "finetuning", "fine tuning", "hyperparameter", "训练"]
            case .evaluation: ["evaluation", "results", "benchmark", "performance", "评测", "评估"]
            case .limitations: ["limitation", "bias", "risk", "safety", "ethical", "局限"]
            case .intendedUse:
                ["intended use", "uses", "usage", "how to use", "use cases", "quickstart", "quick start", "使用"]
            case .trainingData: ["training data", "dataset", "data", "数据"]
            case .dataSources: ["source", "collection", "provenance", "composition", "来源"]
            case .dataProcessing:
                [
                    "processing", "preprocessing", "filtering", "cleaning", "curation", "deduplication",
                    "处理", "清洗",
                ]
            }
        }
    }

    /// Each topic covered, with the heading that covers it first.
    let covered: [Topic: Evidence]

    /// The headings of `document` outside code fences, and the topics they cover.
    init(_ document: TextDocument?, startLine: Int = 1) {
        var covered: [Topic: Evidence] = [:]
        var inFence = false
        for (index, line) in (document?.lines ?? []).enumerated() where index + 1 >= startLine {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            guard !inFence, trimmed.hasPrefix("#") else { continue }
            let heading = CharacterFolding.fold(String(trimmed.drop { $0 == "#" })).lowercased()
            for topic in Topic.allCases where covered[topic] == nil && topic.words.contains(where: heading.contains) {
                covered[topic] = Evidence(
                    path: document?.path ?? "", line: index + 1, excerpt: String(line.prefix(120)))
            }
        }
        self.covered = covered
    }

    /// Whether the card covers `topic`.
    func covers(_ topic: Topic) -> Bool { covered[topic] != nil }

    /// The evidence for some topics, in their order.
    func evidence(_ topics: [Topic]) -> [Evidence] { topics.compactMap { covered[$0] } }
}
