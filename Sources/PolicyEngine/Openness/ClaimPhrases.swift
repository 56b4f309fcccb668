/// The words that make, qualify or undo an openness claim (OPENNESS.md §6), all lower case as the
/// finder compares them after folding typography.
enum ClaimPhrases {
    /// Phrases that say something is open source, longest first so that the longest match wins.
    static let openSource = [
        "fully open-source", "fully open source", "truly open-source", "truly open source", "100% open-source",
        "100% open source", "completely open-source", "completely open source", "open-sourced", "open sourced",
        "open-source", "open source", "opensourced", "opensource", "fully open", "truly open", "completely open",
        "100% open",
        "完全开源", "全面开源", "开源", "開源", "オープンソース", "오픈소스",
    ]

    /// Phrases that claim availability, which is accurate on its own.
    static let availability = [
        "open weights", "open-weights", "open weight", "open-weight", "openly available", "weights available",
        "权重开放", "开放权重",
    ]

    /// Tags that claim the release is open source.
    /// Text one of the phrases above holds (lower case): a line without any cannot hold a claim,
    /// so a card of megabytes costs one search of each line.
    static let triggers = ["open", "weights available", "开源", "開源", "オープンソース", "오픈소스", "开放", "权重"]

    static let tags: Set<String> = ["open-source", "opensource", "open source", "open-source-model", "oss"]

    /// Words before the phrase that make the sentence a comparison with other models.
    static let comparison = [
        "outperform", "surpass", "exceed", " than ", "compared", "comparing", "comparison", "versus", " vs", "against",
        "beats", "beating", "rival", "competitive with", "on par with", "比", "超过", "超越", "优于", "相比", "对比", "媲美",
    ]

    /// A word right before the phrase that makes it about other models (`other open-source models`).
    static let othersBefore: Set<String> = [
        "other", "existing", "many", "several", "popular", "most", "various", "some",
    ]

    /// Words before the phrase that deny it (`not open source`).
    static let negation = ["not ", "n't ", "non-", "no ", "never ", "neither ", "nor ", "不是", "并非", "非"]

    /// Nouns after the phrase that make it about something other than a model.
    static let otherSubjects = [
        "library", "libraries", "tool", "toolkit", "framework", "code", "software", "project", "community", "package",
        "implementation", "dataset", "data", "repo", "ecosystem", "contributor", "initiative", "movement", "engine",
        "inference server", "alternative", "代码", "社区", "项目", "工具", "框架", "数据", "库",
    ]

    /// Nouns after the phrase that make it about a model.
    static let modelNouns = [
        "model", "llm", "language model", "weights", "ai", "release", "checkpoint", "version", "chatbot", "assistant",
        "foundation", "模型", "大模型",
    ]

    /// Words that make the model the sentence's subject.
    static let selfReferences = [
        "this model", "our model", "the model", "this release", "this checkpoint", "these weights", "its weights",
        "our weights", "we ", "we'", "our ", "it is ", "it's ", "本模型", "该模型", "我们",
    ]
}
