import Foundation
import TestSupport
import Testing

/// `clearance fix --license-dir …` on each sample, then `clearance check`, leaves only what needs a
/// person; a second fix changes nothing; a dry run writes nothing.
@Suite(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.skipMessage)))
struct FixSampleTests {
    /// Each sample, what fix writes into it, and the failures it leaves (they need a person: a
    /// rename, the GGUF metadata, the weights, the facts kept in the release, the EU clause).
    static let expected: [(sample: String, written: Set<String>, left: Set<String>)] = [
        ("llama-3.1-acme-8b", ["LICENSE-llama3.1", "USE_POLICY.md", "NOTICE"], ["bundle_facts_published"]),
        ("relabelled-apache", ["LICENSE-llama3.1", "USE_POLICY.md", "README.md"], []),
        (
            "gguf-q4-quant", ["LICENSE", "USE_POLICY.md", "README.md"],
            ["llama3_1_model_name_prefix", "metadata_gguf_license_agrees"]
        ),
        ("gemma-lora-adapter", ["LICENSE", "USE_POLICY.md", "NOTICE", "README.md"], []),
        ("lfs-pointer-clone", ["LICENSE"], ["integrity_missing_weights"]),
        ("pickle-payload", ["LICENSE"], ["security_pickle_code_execution"]),
        ("llama-3.2-vision-eu", ["LICENSE", "USE_POLICY.md"], ["llama3_2_eu_multimodal", "bundle_facts_published"]),
    ]

    @Test(arguments: 0..<expected.count)
    func fixLeavesOnlyWhatNeedsAPerson(index: Int) throws {
        let (sample, written, left) = Self.expected[index]
        let work = try TemporaryDirectory()
        let licenses = try LicenseDirectory.make(in: work)
        let folder = work.path(sample)
        try FileManager.default.copyItem(
            atPath: SampleTests.samples.appendingPathComponent(sample).path, toPath: folder)

        let (status, first) = try FixOutcome.run(folder, ["--license-dir", licenses])
        #expect(Set(first.changes.map(\.path)) == written)
        #expect(Set(first.remaining.filter { $0.status == "fail" }.map(\.ruleId)) == left)
        #expect(status == (first.verdict == "fail" ? 1 : 0))

        let check = try CheckOutcome.check(folder)
        #expect(check.failingRules == left)
        let fixed = Set(first.changes.flatMap { $0.edits.flatMap(\.rules) })
        #expect(fixed.isDisjoint(with: check.failingRules))

        let before = FolderSnapshot(folder)
        let (_, second) = try FixOutcome.run(folder, ["--license-dir", licenses])
        #expect(second.changes.isEmpty)
        #expect(FolderSnapshot(folder) == before)
    }

    @Test(arguments: 0..<expected.count)
    func dryRunWritesNothingAndShowsEveryChange(index: Int) throws {
        let sample = Self.expected[index].sample
        let work = try TemporaryDirectory()
        let licenses = try LicenseDirectory.make(in: work)
        let folder = work.path(sample)
        try FileManager.default.copyItem(
            atPath: SampleTests.samples.appendingPathComponent(sample).path, toPath: folder)
        let before = FolderSnapshot(folder)

        let (status, outcome) = try FixOutcome.run(folder, ["--license-dir", licenses, "--dry-run"])
        #expect(status == 0)
        #expect(outcome.dryRun && outcome.verdict == nil)
        #expect(Set(outcome.changes.map(\.path)) == Self.expected[index].written)
        #expect(outcome.changes.allSatisfy { $0.diff.hasPrefix($0.action == "create" ? "--- /dev/null\n" : "--- a/") })
        #expect(FolderSnapshot(folder) == before)
    }
}

/// What fix leaves to a person is said, not done; and `--license-dir` may be a folder of texts as
/// their licensors publish them.
@Suite(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.skipMessage)))
struct FixSuggestionTests {
    @Test func renamingTheModelIsOnlySuggested() throws {
        let work = try TemporaryDirectory()
        let folder = work.path("release")
        try FileManager.default.copyItem(
            atPath: SampleTests.samples.appendingPathComponent("gguf-q4-quant").path, toPath: folder)
        let weights = FolderSnapshot(folder).files["Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"]

        let (_, outcome) = try FixOutcome.run(folder)
        let rename = try #require(outcome.toDo.first { $0.rules == ["llama3_1_model_name_prefix"] })
        #expect(rename.summary.hasPrefix("Rename the model so that its name begins with “Llama” (fix never renames)"))
        #expect(
            rename.summary.contains("“Meta-Llama-3.1-8B-Instruct-GGUF” (model card h1) → “Llama-3.1-8B-Instruct-GGUF”"))
        #expect(
            rename.summary.contains("“Meta-Llama-3.1-8B-Instruct” (GGUF general.name) → “Llama-3.1-8B-Instruct”"))
        #expect(outcome.remaining.contains { $0.ruleId == "llama3_1_model_name_prefix" && $0.status == "fail" })
        #expect(FolderSnapshot(folder).files["Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"] == weights)
        let card = try String(contentsOfFile: work.path("release/README.md"), encoding: .utf8)
        #expect(card.contains("\n# Meta-Llama-3.1-8B-Instruct-GGUF\n"))
    }

    /// The reference folder names Gemma's policy PROHIBITED_USE_POLICY, as Google does.
    @Test func aUsePolicyIsReadUnderItsLicensorsName() throws {
        let work = try TemporaryDirectory()
        let folder = work.path("release")
        try FileManager.default.copyItem(
            atPath: SampleTests.samples.appendingPathComponent("gemma-lora-adapter").path, toPath: folder)

        let (status, outcome) = try FixOutcome.run(folder, ["--license-dir", ReferenceData.licenses.path])
        #expect(status == 0)
        #expect(Set(outcome.changes.map(\.path)) == ["LICENSE", "USE_POLICY.md", "NOTICE", "README.md"])
        let policy = try #require(LicenseDirectory.text("gemma", usePolicy: true))
        #expect(try String(contentsOfFile: work.path("release/USE_POLICY.md"), encoding: .utf8) == policy)
        #expect(outcome.remaining.isEmpty)
    }
}

/// The release the issue's done-when names: a Llama 3.1 fine-tune that ships without its license,
/// NOTICE, use policy and card metadata (only config.json says where it comes from).
@Suite(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.skipMessage)))
struct FixBareFineTuneTests {
    @Test func oneFixLeavesOnlyQuestions() throws {
        let work = try TemporaryDirectory()
        let licenses = try LicenseDirectory.make(in: work)
        try work.write(
            "release/README.md", "# Llama-3.1-Acme-8B\n\nA fine-tuned version of Llama 3.1 8B Instruct for support.\n")
        try work.write(
            "release/config.json",
            #"{"architectures": ["LlamaForCausalLM"], "_name_or_path": "meta-llama/Llama-3.1-8B-Instruct"}"#)
        try work.write("release/model.safetensors", TinyWeights.safetensors)
        let folder = work.path("release")
        let weights = FolderSnapshot(folder).files["model.safetensors"]

        let (status, fix) = try FixOutcome.run(folder, ["--license-dir", licenses])
        #expect(status == 0)
        #expect(Set(fix.changes.map(\.path)) == ["LICENSE", "USE_POLICY.md", "NOTICE", "README.md"])
        let card = try String(contentsOfFile: work.path("release/README.md"), encoding: .utf8)
        #expect(
            card == """
                ---
                license: llama3.1
                base_model: meta-llama/Llama-3.1-8B-Instruct
                ---
                # Llama-3.1-Acme-8B

                A fine-tuned version of Llama 3.1 8B Instruct for support.

                ## License

                Built with Llama

                """)

        let check = try CheckOutcome.check(folder)
        #expect(check.failingRules.isEmpty)
        #expect(
            Set(check.report.findings.filter { $0.status == "needs-review" }.map(\.ruleId))
                == ["llama3_1_built_with_display", "llama3_1_mau_threshold"])
        #expect(try FixOutcome.run(folder, ["--license-dir", licenses]).outcome.changes.isEmpty)
        #expect(FolderSnapshot(folder).files["model.safetensors"] == weights)
    }

    /// When only the config's shape and the card's prose show Llama 3.1 8B, which of its
    /// repositories the weights come from is the publisher's to say: fix suggests, never guesses.
    @Test func aBaseShownOnlyByItsShapeIsSuggested() throws {
        let work = try TemporaryDirectory()
        let licenses = try LicenseDirectory.make(in: work)
        try work.write(
            "release/README.md", "# Llama-3.1-Acme-8B\n\nA support assistant fine-tuned from Llama 3.1 8B.\n")
        try work.write(
            "release/config.json",
            #"{"_name_or_path": "/home/acme/run-7", "architectures": ["LlamaForCausalLM"], "model_type": "llama", "#
                + #""hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32, "#
                + #""num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 128256, "#
                + #""rope_theta": 500000.0, "max_position_embeddings": 131072, "rope_scaling": {"factor": 8.0, "rope_type": "llama3"}}"#
        )
        try work.write("release/model.safetensors", TinyWeights.safetensors)
        let folder = work.path("release")

        let (status, fix) = try FixOutcome.run(folder, ["--license-dir", licenses])
        #expect(status == 1)
        #expect(Set(fix.changes.map(\.path)) == ["LICENSE", "USE_POLICY.md", "NOTICE", "README.md"])
        let suggestion = try #require(fix.toDo.first { $0.rules == ["metadata_base_model_declared"] })
        #expect(suggestion.summary.hasPrefix("Set base_model in the card to the repository the weights were trained"))
        #expect(suggestion.summary.contains("meta-llama/Llama-3.1-8B, meta-llama/Llama-3.1-8B-Instruct"))
        #expect(suggestion.summary.contains("config.json line 1"))
        let card = try String(contentsOfFile: work.path("release/README.md"), encoding: .utf8)
        #expect(card.hasPrefix("---\nlicense: llama3.1\n---\n# Llama-3.1-Acme-8B\n"))

        #expect(try CheckOutcome.check(folder).failingRules == ["metadata_base_model_declared"])
        #expect(try FixOutcome.run(folder, ["--license-dir", licenses]).outcome.changes.isEmpty)
    }
}
