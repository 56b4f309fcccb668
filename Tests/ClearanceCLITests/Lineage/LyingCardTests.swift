import Foundation
import Testing

/// Issue 10's tests: cards that lie about their license or lineage, honest from-scratch models,
/// merges and prose, each checked through the binary.
@Suite struct LyingCardTests {
    @Test func aLlama31ConfigUnderApacheFailsQuotingBoth() throws {
        let release = try LineageFixture()
        try release.card(["license: apache-2.0"])
        try release.write("config.json", LineageFixture.llama31Config)
        try release.weights()
        let (status, report) = try release.check()
        #expect(status == 1)
        #expect(LineageFixture.licenses(report, role: "upstream") == ["llama3.1"])
        let failure = try #require(LineageFixture.findings(report, rule: "llama3_1_declared_license").first)
        #expect(failure["status"] as? String == "fail")
        #expect(failure["category"] as? String == "license-metadata")
        let message = failure["message"] as? String ?? ""
        #expect(message.contains("declares apache-2.0"))
        #expect(message.contains("config.json"))
        #expect(message.contains("Llama 3.1 8B"))
        #expect(message.contains("vocab 128256"))
        let upstream = try #require(
            (report["licenses"] as? [[String: Any]])?.first { $0["role"] as? String == "upstream" })
        let link = try #require((upstream["lineage"] as? [[String: Any]])?.first)
        #expect(link["basis"] as? String == "technical")
        #expect(link["strength"] as? String == "strong")
    }

    @Test func aGemma2ConfigAndTokenizerUnderMITFails() throws {
        let release = try LineageFixture()
        try release.card(["license: mit"])
        try Self.writeGemma2NineB(release)
        let (status, report) = try release.check()
        #expect(status == 1)
        #expect(LineageFixture.licenses(report, role: "upstream") == ["gemma"])
        #expect(LineageFixture.findings(report, rule: "gemma_declared_license").first?["status"] as? String == "fail")
    }

    /// TxGemma 9B is Gemma 2 9B fine-tuned with its config and tokenizer unchanged: the numbers keep
    /// the Gemma base (above), and the card's base_model points to the variant and its own terms.
    @Test func aTxGemmaVariantIsReachedByItsNameNotByItsNumbers() throws {
        let release = try LineageFixture()
        try release.card(["license: other", "base_model: google/txgemma-9b-chat"])
        try Self.writeGemma2NineB(release)
        let (_, report) = try release.check()
        #expect(LineageFixture.licenses(report, role: "upstream") == ["health-ai-developer-foundations"])
    }

    private static func writeGemma2NineB(_ release: LineageFixture) throws {
        try release.write(
            "config.json",
            """
            {"architectures": ["Gemma2ForCausalLM"], "model_type": "gemma2", "vocab_size": 256000, "hidden_size": 3584,
             "num_hidden_layers": 42, "num_attention_heads": 16, "num_key_value_heads": 8, "intermediate_size": 14336,
             "head_dim": 256, "rope_theta": 10000.0, "max_position_embeddings": 8192, "sliding_window": 4096,
             "query_pre_attn_scalar": 256, "tie_word_embeddings": true}
            """)
        try release.write(
            "tokenizer_config.json",
            """
            {"added_tokens_decoder": {"0": {"content": "<pad>"}, "1": {"content": "<eos>"}, "2": {"content": "<bos>"},
             "3": {"content": "<unk>"}, "106": {"content": "<start_of_turn>"}, "107": {"content": "<end_of_turn>"}}}
            """)
        try release.weights()
    }

    @Test func aGemmaTokenizerAloneIsAQuestionNotAFailure() throws {
        let release = try LineageFixture()
        try release.card(["license: mit"])
        try release.write(
            "tokenizer_config.json",
            """
            {"added_tokens_decoder": {"0": {"content": "<pad>"}, "1": {"content": "<eos>"}, "2": {"content": "<bos>"},
             "106": {"content": "<start_of_turn>"}, "107": {"content": "<end_of_turn>"}}}
            """)
        try release.weights()
        let (status, report) = try release.check()
        #expect(status == 0)
        #expect(report["verdict"] as? String == "review")
        #expect(LineageFixture.licenses(report, role: "upstream").isEmpty)
        #expect(LineageFixture.licenses(report, role: "candidate") == ["gemma"])
    }

    @Test(arguments: [(LineageFixture.llama3Config, "llama3"), (LineageFixture.llama31Config, "llama3.1")])
    func llama3AndLlama31AreToldApart(config: String, license: String) throws {
        let release = try LineageFixture()
        try release.card(["license: \(license)"])
        try release.write("config.json", config)
        try release.weights()
        #expect(LineageFixture.licenses(try release.check().report, role: "upstream") == [license])
    }

    @Test func aCardThatSaysLlama3IsHeldToThe31ItsConfigShows() throws {
        let release = try LineageFixture()
        try release.card(["license: llama3"])
        try release.write("config.json", LineageFixture.llama31Config)
        try release.weights()
        let (status, report) = try release.check()
        #expect(LineageFixture.licenses(report, role: "upstream") == ["llama3.1"])
        #expect(status == 1)
    }

    @Test func aTinyLlamaLikeModelWithTheLlama2TokenizerIsNeverAFailure() throws {
        let release = try LineageFixture(named: "tiny-1.1b-scratch")
        try release.card(["license: apache-2.0"], body: "# tiny 1.1B\n\nPretrained from scratch on 3T tokens.")
        try release.write(
            "config.json",
            """
            {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 32000, "hidden_size": 2048,
             "num_hidden_layers": 22, "num_attention_heads": 32, "num_key_value_heads": 4, "intermediate_size": 5632,
             "rope_theta": 10000.0, "max_position_embeddings": 2048, "tie_word_embeddings": false}
            """)
        try release.write(
            "tokenizer_config.json",
            #"{"added_tokens_decoder": {"0": {"content": "<unk>"}, "1": {"content": "<s>"}, "2": {"content": "</s>"}}}"#
        )
        try release.weights()
        let (status, report) = try release.check()
        #expect(LineageFixture.licenses(report, role: "upstream").isEmpty)
        #expect(
            !((report["findings"] as? [[String: Any]] ?? []).contains {
                ($0["ruleId"] as? String ?? "").hasPrefix("llama")
            }))
        #expect(status == 0)
    }

    @Test func aMergeOfLlama31FineTunesWithoutBaseModelIsLlama31() throws {
        let release = try LineageFixture(named: "merged-8b")
        try release.card(
            ["library_name: transformers", "tags: [mergekit, merge]"],
            body: """
                # merged-8b

                This is a merge of pre-trained language models created using mergekit.

                ```yaml
                models:
                  - model: someone/Llama-3.1-8B-Storyteller
                  - model: other/Llama-3.1-8B-Coder
                merge_method: slerp
                base_model: someone/Llama-3.1-8B-Storyteller
                ```
                """)
        try release.write("config.json", LineageFixture.llama31Config)
        try release.weights()
        let report = try release.check().report
        #expect(LineageFixture.licenses(report, role: "upstream") == ["llama3.1"])
        let upstream = try #require(
            (report["licenses"] as? [[String: Any]])?.first { $0["id"] as? String == "llama3.1" })
        let evidence = (upstream["lineage"] as? [[String: Any]] ?? []).flatMap {
            $0["evidence"] as? [[String: Any]] ?? []
        }
        // The block's `- model:` lines (12 and 13 of the card) name the parents.
        #expect(
            evidence.contains { $0["path"] as? String == "README.md" && [12, 13].contains($0["line"] as? Int ?? 0) })
    }

    @Test func aCardThatOnlySaysBasedOnLLaMA7BIsLlama1WithItsNonCommercialTerms() throws {
        let release = try LineageFixture(named: "alpaca-native")
        try release.card(
            [], body: "# Alpaca native\n\nThis model is based on Meta's LLaMA-7B, trained on 52k instructions.")
        try release.weights()
        let report = try release.check().report
        #expect(LineageFixture.licenses(report, role: "upstream") == ["llama1"])
        #expect(!LineageFixture.findings(report, rule: "llama1_non_commercial").isEmpty)
        let link = (report["licenses"] as? [[String: Any]])?.first { $0["id"] as? String == "llama1" }.flatMap {
            ($0["lineage"] as? [[String: Any]])?.first
        }
        #expect(link?["basis"] as? String == "stated")
    }

    @Test func aComparisonIsNotLineage() throws {
        let release = try LineageFixture(named: "own-7b")
        try release.card(
            ["license: apache-2.0"], body: "# own 7B\n\nOur model outperforms Llama 2 13B on every benchmark.")
        try release.weights()
        let report = try release.check().report
        #expect(LineageFixture.licenses(report, role: "upstream").isEmpty)
        #expect(report["verdict"] as? String == "review")
    }

    @Test func weightsOfUnknownOriginAreReviewedNeverPassed() throws {
        let release = try LineageFixture(named: "mystery")
        try release.card(["license: apache-2.0"])
        try release.weights()
        let (status, report) = try release.check()
        #expect(status == 0)
        #expect(report["verdict"] as? String == "review")
        let question = try #require(LineageFixture.findings(report, rule: "metadata_upstream_resolved").first)
        #expect(question["status"] as? String == "needs-review")
        #expect((question["message"] as? String ?? "").contains("ships weights"))
    }

    @Test func llama31And33At70BAreBothCandidatesWithAQuestion() throws {
        let release = try LineageFixture(named: "instruct-70b")
        try release.write(
            "config.json",
            LineageFixture.llama31Config.replacingOccurrences(
                of: "\"hidden_size\": 4096", with: "\"hidden_size\": 8192"
            )
            .replacingOccurrences(of: "\"num_hidden_layers\": 32", with: "\"num_hidden_layers\": 80")
            .replacingOccurrences(of: "\"num_attention_heads\": 32", with: "\"num_attention_heads\": 64")
            .replacingOccurrences(of: "\"intermediate_size\": 14336", with: "\"intermediate_size\": 28672"))
        try release.weights()
        let report = try release.check().report
        #expect(LineageFixture.licenses(report, role: "upstream").isEmpty)
        #expect(LineageFixture.licenses(report, role: "candidate") == ["llama3.1", "llama3.3"])
        #expect(report["verdict"] as? String == "review")
    }
}
