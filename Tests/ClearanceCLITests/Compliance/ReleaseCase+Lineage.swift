/// Lineage shapes: a GGUF quantization, a PEFT adapter, a merge of differently licensed parents,
/// distillations declared in the facts, a relabelled release, and text-only Llama models
/// distributed from the EU (the multimodal clause does not reach them).
extension ReleaseCase {
    static let lineage: [ReleaseCase] =
        quantizations + adapters + merges + distillations + [relabelled] + textOnlyFromTheEU

    private static let llamaBase = "meta-llama/Llama-3.1-8B-Instruct"

    /// A third party's GGUF quantization of Llama 3.1 8B Instruct, named with the mark.
    private static var quantization: Release {
        var release = Release(
            card: ModelCard(
                frontMatter: [
                    ("license", "llama3.1"), ("base_model", llamaBase), ("base_model_relation", "quantized"),
                ],
                title: "Llama-3.1-8B-Instruct-GGUF",
                paragraphs: ["GGUF quantizations of \(llamaBase), made with llama.cpp.", "Built with Llama."]
            ), facts: ReleaseFacts())
        release[text: "LICENSE"] = UpstreamTexts.text("llama3.1")
        release[text: "USE_POLICY.md"] = UpstreamTexts.text("llama3.1", "USE_POLICY.md")
        release[text: "NOTICE"] = NoticeLines.line("llama3.1") + "\n"
        release.files["Llama-3.1-8B-Instruct-Q4_K_M.gguf"] = TinyWeights.quantization(
            name: "Llama 3.1 8B Instruct", license: "llama3.1", baseRepository: llamaBase)
        return release
    }

    private static let quantizations: [ReleaseCase] = {
        let compliant = quantization
        var misnamed = compliant
        misnamed.files["Llama-3.1-8B-Instruct-Q4_K_M.gguf"] = nil
        misnamed.files["Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"] = TinyWeights.quantization(
            name: "Meta-Llama-3.1-8B-Instruct", license: "llama3.1", baseRepository: llamaBase)
        var relicensed = compliant
        relicensed.files["Llama-3.1-8B-Instruct-Q4_K_M.gguf"] = TinyWeights.quantization(
            name: "Llama 3.1 8B Instruct", license: "apache-2.0", baseRepository: llamaBase)
        let fileOnly = Release(files: [
            "Llama-3.1-8B-Instruct-Q4_K_M.gguf": compliant.files["Llama-3.1-8B-Instruct-Q4_K_M.gguf"] ?? []
        ])
        return [
            ReleaseCase(
                name: "GGUF quantization of Llama 3.1", release: compliant, failingRules: [], upstreams: ["llama3.1"],
                container: .tarZstd),
            ReleaseCase(
                name: "GGUF named Meta-Llama", release: misnamed, failingRules: ["llama3_1_model_name_prefix"],
                container: .zip),
            ReleaseCase(
                name: "GGUF general.license apache-2.0 against the card's llama3.1", release: relicensed,
                failingRules: ["metadata_gguf_license_agrees"]),
            ReleaseCase(
                name: "a lone GGUF file", release: fileOnly,
                failingRules: [
                    "llama3_1_license_copy", "llama3_1_notice_line", "llama3_1_built_with_display",
                    "llama3_1_acceptable_use",
                ], upstreams: ["llama3.1"], container: .singleFile),
            ReleaseCase(
                name: "a lone safetensors file whose metadata names license and base", release: loneSafetensors,
                failingRules: [
                    "llama3_1_license_copy", "llama3_1_notice_line", "llama3_1_built_with_display",
                    "llama3_1_acceptable_use",
                ], upstreams: ["llama3.1"], container: .singleFile),
        ]
    }()

    private static let loneSafetensors = Release(files: [
        "model.safetensors": TinyWeights.safetensors(withMetadata: [
            "format": "pt", "license": "llama3.1", "base_model": llamaBase,
        ])
    ])

    private static let adapters: [ReleaseCase] = {
        let base = "google/gemma-2-9b-it"
        var compliant = Release(
            card: ModelCard(
                frontMatter: [
                    ("license", "gemma"), ("base_model", base), ("base_model_relation", "adapter"),
                    ("library_name", "peft"),
                ],
                title: "gemma-2-9b-legal-lora",
                paragraphs: ["A LoRA adapter for \(base), trained for legal question answering."]
            ), facts: ReleaseFacts())
        compliant[text: "adapter_config.json"] =
            #"{"base_model_name_or_path": "\#(base)", "peft_type": "LORA", "task_type": "CAUSAL_LM", "r": 16}"#
        compliant.files["adapter_model.safetensors"] = TinyWeights.safetensors
        compliant[text: "LICENSE"] = UpstreamTexts.text("gemma")
        compliant[text: "PROHIBITED_USE_POLICY.md"] = UpstreamTexts.text("gemma", "PROHIBITED_USE_POLICY")
        compliant[text: "NOTICE"] = NoticeLines.line("gemma") + "\n"
        var baseless = compliant
        baseless.card?["base_model"] = nil
        baseless.card?["base_model_relation"] = nil
        var mislabelled = compliant
        mislabelled.card?["base_model_relation"] = "finetune"
        return [
            ReleaseCase(
                name: "PEFT adapter of Gemma 2", release: compliant, failingRules: [], upstreams: ["gemma"],
                container: .sevenZip),
            ReleaseCase(
                name: "adapter whose card has no base_model", release: baseless,
                failingRules: ["metadata_base_model_declared"], upstreams: ["gemma"]),
            ReleaseCase(
                name: "adapter marked as a fine-tune", release: mislabelled, failingRules: ["metadata_relation_fits"],
                failOn: "warning"),
        ]
    }()

    private static let merges: [ReleaseCase] = {
        let nemotron = "nvidia/Llama-3.1-Nemotron-Nano-8B-v1"
        var compliant = Release(
            card: ModelCard(
                frontMatter: [
                    ("license", "[llama3.1, other]"), ("license_name", "nvidia-open-model-license"),
                    ("license_link", "LICENSE-NVIDIA"),
                    ("base_model", "[\(llamaBase), \(nemotron)]"), ("base_model_relation", "merge"),
                ],
                title: "Llama-3.1-Acme-Merge-8B",
                paragraphs: ["A SLERP merge of \(llamaBase) and \(nemotron), made with mergekit.", "Built with Llama."]
            ), facts: ReleaseFacts())
        compliant[text: "LICENSE"] = UpstreamTexts.text("llama3.1")
        compliant[text: "USE_POLICY.md"] = UpstreamTexts.text("llama3.1", "USE_POLICY.md")
        compliant[text: "LICENSE-NVIDIA"] = UpstreamTexts.text("nvidia-open-model-license")
        compliant[text: "NOTICE"] =
            NoticeLines.line("llama3.1") + "\n" + NoticeLines.line("nvidia-open-model-license") + "\n"
        compliant.files["model.safetensors"] = TinyWeights.safetensors
        var oneNotice = compliant
        oneNotice[text: "NOTICE"] = NoticeLines.line("llama3.1") + "\n"
        var oneText = compliant
        oneText.files["LICENSE-NVIDIA"] = nil
        var oneDeclared = compliant
        oneDeclared.card?["license"] = "llama3.1"
        oneDeclared.card?["license_name"] = nil
        oneDeclared.card?["license_link"] = nil
        var relabelledMerge = oneDeclared
        relabelledMerge.card?["license"] = "apache-2.0"
        return [
            ReleaseCase(
                name: "merge of Llama 3.1 and a Nemotron model", release: compliant, failingRules: [],
                upstreams: ["llama3.1", "nvidia-open-model-license"], container: .tarGzip),
            ReleaseCase(
                name: "merge without the NVIDIA Notice line", release: oneNotice,
                failingRules: ["nvidia_open_model_license_notice_line"]),
            ReleaseCase(
                name: "merge without the NVIDIA agreement", release: oneText,
                failingRules: ["nvidia_open_model_license_license_copy"], container: .zip),
            ReleaseCase(
                name: "merge declaring only llama3.1 (a question, not a failure)", release: oneDeclared,
                failingRules: []),
            ReleaseCase(
                name: "merge relabelled apache-2.0", release: relabelledMerge,
                failingRules: [
                    "llama3_1_declared_license", "nvidia_open_model_license_declared_license",
                    "metadata_declared_matches_text",
                ]),
        ]
    }()

    /// A Qwen2.5-7B (Apache-2.0) fine-tune on synthetic data from `teacher`, named `name`.
    private static func distillation(from teacher: String, named name: String) -> Release {
        let base = "Qwen/Qwen2.5-7B-Instruct"
        var facts = ReleaseFacts()
        facts.trainedOnOutputsOf = [teacher]
        var release = Release(
            card: ModelCard(
                frontMatter: [("license", "apache-2.0"), ("base_model", base), ("base_model_relation", "finetune")],
                title: name,
                paragraphs: [
                    "\(name) is \(base) fine-tuned on synthetic data generated by \(teacher) (distillation).",
                    "Built with Llama.",
                ]
            ), facts: facts)
        release[text: "LICENSE"] = UpstreamTexts.text("apache-2.0")
        release.files["model.safetensors"] = TinyWeights.safetensors
        return release
    }

    private static let distillations: [ReleaseCase] = [
        ReleaseCase(
            name: "distilled from Llama 3.1 outputs, named Llama-…",
            release: distillation(from: "meta-llama/Llama-3.1-70B-Instruct", named: "Llama-Acme-Distill-7B"),
            failingRules: [], upstreams: ["apache-2.0", "llama3.1"]),
        ReleaseCase(
            name: "distilled from Llama 3.1 outputs, named Qwen2.5-…",
            release: distillation(from: "meta-llama/Llama-3.1-70B-Instruct", named: "Qwen2.5-Acme-Distill-7B"),
            failingRules: ["llama3_1_model_name_prefix"], container: .sevenZip),
        ReleaseCase(
            name: "Llama 3 outputs used to improve a Qwen model",
            release: distillation(from: "meta-llama/Meta-Llama-3-70B-Instruct", named: "Qwen2.5-Acme-Distill-7B"),
            failingRules: ["llama3_output_use"], upstreams: ["apache-2.0", "llama3"]),
        ReleaseCase(
            name: "Llama 2 outputs used to improve a Qwen model",
            release: distillation(from: "meta-llama/Llama-2-70b-chat-hf", named: "Qwen2.5-Acme-Distill-7B"),
            failingRules: ["llama2_output_use"], upstreams: ["apache-2.0", "llama2"], container: .zip),
        ReleaseCase(
            name: "Tongyi Qianwen outputs used to improve a Qwen2.5 model",
            release: distillation(from: "Qwen/Qwen-72B-Chat", named: "Qwen2.5-Acme-Distill-7B"),
            failingRules: ["tongyi_qianwen_output_use"], upstreams: ["apache-2.0", "tongyi-qianwen"],
            container: .tarGzip),
    ]

    /// A Llama 3.1 fine-tune relabelled Apache-2.0, with the Apache text instead of the agreement.
    private static let relabelled: ReleaseCase = {
        var release = Release.fineTune(
            of: llamaBase, named: "Llama-3.1-Acme-8B", license: Release.listed("apache-2.0"),
            licenseText: UpstreamTexts.text("apache-2.0"),
            notices: [NoticeLines.line("llama3.1")], statements: ["Built with Llama."])
        release.files["USE_POLICY.md"] = nil
        return ReleaseCase(
            name: "Llama 3.1 fine-tune relabelled apache-2.0", release: release,
            failingRules: ["llama3_1_declared_license", "llama3_1_license_copy", "llama3_1_acceptable_use"],
            upstreams: ["llama3.1"], container: .tarZstd)
    }()

    private static let textOnlyFromTheEU: [ReleaseCase] = ["llama3.2", "llama3.3"].map { license in
        var release = LicenseFamily.all.first { $0.license == license && $0.variant == nil }?.compliant ?? Release()
        release.facts?.domicile = "FR"
        return ReleaseCase(
            name: "text-only \(license) distributed from France", release: release, failingRules: [],
            upstreams: [license], container: .zip)
    }
}
