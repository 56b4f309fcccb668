import ArchiveIO
import BundleInspection
import BundleModel
import Testing

/// `config.json`, `adapter_config.json`, `tokenizer_config.json` and `generation_config.json`, read during inspection.
@Suite struct ConfigInspectionTests {
    private func inspect(_ name: String, _ json: String) throws -> (metadata: ArtifactMetadata?, defects: [Defect]) {
        let manifest = try EntryHarness.inspect([.file(name, text: json)])
        return (manifest.artifacts.first?.metadata, manifest.defects)
    }

    @Test func textModelConfig() throws {
        let json =
            #"{"architectures": ["LlamaForCausalLM"], "model_type": "llama", "_name_or_path": "meta-llama/Llama-3.1-8B", "torch_dtype": "bfloat16", "hidden_size": 4096}"#
        let (metadata, defects) = try inspect("config.json", json)
        #expect(defects.isEmpty)
        let values: [String: ConfigScalar] = [
            "architectures": .list([.string("LlamaForCausalLM")]), "model_type": .string("llama"),
            "_name_or_path": .string("meta-llama/Llama-3.1-8B"), "torch_dtype": .string("bfloat16"),
            "hidden_size": .number(4096),
        ]
        #expect(
            metadata?.modelConfig
                == ModelConfigInfo(
                    architectures: ["LlamaForCausalLM"], modelType: "llama", nameOrPath: "meta-llama/Llama-3.1-8B",
                    torchDtype: "bfloat16",
                    values: values, keyLines: ["architectures": 1, "model_type": 1, "_name_or_path": 1]))
        #expect(metadata?.modelConfig?.isMultimodal == false)
    }

    @Test func multimodalConfigWithTextAndVisionParts() throws {
        let json =
            #"{"architectures": ["MllamaForConditionalGeneration"], "model_type": "mllama", "text_config": {"model_type": "mllama_text_model", "torch_dtype": "bfloat16"}, "vision_config": {"model_type": "mllama_vision_model"}}"#
        let config = try #require(try inspect("model/config.json", json).metadata?.modelConfig)
        #expect(config.hasVisionConfig)
        #expect(config.isMultimodal)
        #expect(config.textModelType == "mllama_text_model")
        #expect(config.torchDtype == "bfloat16")
        #expect(config.modalityConfigs == ["vision_config"])
    }

    @Test func llavaStyleVisionTowerIsMultimodal() throws {
        let config = try #require(
            try inspect(
                "config.json", #"{"model_type": "llava", "mm_vision_tower": "openai/clip", "dtype": "float16"}"#
            ).metadata?.modelConfig)
        #expect(!config.hasVisionConfig)
        #expect(config.isMultimodal)
        #expect(config.torchDtype == "float16")
    }

    @Test func adapterConfig() throws {
        let json =
            #"{"base_model_name_or_path": "meta-llama/Llama-3.1-8B-Instruct", "peft_type": "LORA", "task_type": "CAUSAL_LM", "r": 16}"#
        let (metadata, _) = try inspect("adapter_config.json", json)
        #expect(
            metadata?.adapterConfig
                == AdapterConfigInfo(
                    baseModelNameOrPath: "meta-llama/Llama-3.1-8B-Instruct", peftType: "LORA", taskType: "CAUSAL_LM",
                    baseModelLine: 1))
    }

    @Test(arguments: [
        (
            #"{"tokenizer_class": "PreTrainedTokenizerFast", "name_or_path": "org/m", "chat_template": "{{ messages }}"}"#,
            true
        ),
        (
            #"{"tokenizer_class": "PreTrainedTokenizerFast", "name_or_path": "org/m", "chat_template": [{"name": "default", "template": "x"}]}"#,
            true
        ),
        (#"{"tokenizer_class": "PreTrainedTokenizerFast", "name_or_path": "org/m", "chat_template": null}"#, false),
        (#"{"tokenizer_class": "PreTrainedTokenizerFast", "name_or_path": "org/m"}"#, false),
    ])
    func tokenizerConfig(json: String, hasChatTemplate: Bool) throws {
        let (metadata, _) = try inspect("tokenizer_config.json", json)
        let tokenizer = try #require(metadata?.tokenizerConfig)
        #expect(tokenizer.tokenizerClass == "PreTrainedTokenizerFast")
        #expect(tokenizer.nameOrPath == "org/m")
        #expect(tokenizer.hasChatTemplate == hasChatTemplate)
    }

    @Test func tokenizerSpecialTokensAndChatMarkers() throws {
        let json =
            #"{"added_tokens_decoder": {"128000": {"content": "<|begin_of_text|>"}, "128009": {"content": "<|eot_id|>"}}, "eos_token": "<|eot_id|>", "chat_template": "{{ '<|start_header_id|>' + role + '<|end_header_id|>' }}{% if x[0] %}<<SYS>>{% endif %}"}"#
        let tokenizer = try #require(try inspect("tokenizer_config.json", json).metadata?.tokenizerConfig)
        #expect(
            tokenizer.specialTokens == [
                SpecialToken(id: 128000, content: "<|begin_of_text|>"), SpecialToken(id: 128009, content: "<|eot_id|>"),
            ])
        #expect(tokenizer.chatMarkers == ["<|start_header_id|>", "<|end_header_id|>", "<<SYS>>"])
    }

    @Test func lineageConfigsNameTheirModelsAtTheirLines() throws {
        let quantize = try inspect(
            "quantize_config.json", "{\n  \"bits\": 4,\n  \"model_name_or_path\": \"TheBloke/x\"\n}"
        ).metadata?.quantizeConfig
        #expect(quantize == QuantizeConfigInfo(modelNameOrPath: NamedModel(name: "TheBloke/x", line: 3), bits: 4))
        let index = try inspect(
            "model_index.json",
            #"{"_class_name": "StableDiffusionXLPipeline", "unet": ["diffusers", "UNet2DConditionModel"]}"#)
        #expect(
            index.metadata?.pipelineIndex
                == PipelineIndexInfo(
                    className: "StableDiffusionXLPipeline", components: ["unet": "UNet2DConditionModel"]))
    }

    @Test func generationConfig() throws {
        let (metadata, _) = try inspect(
            "generation_config.json",
            #"{"transformers_version": "4.44.0", "_name_or_path": "org/m", "do_sample": true}"#)
        #expect(metadata?.generationConfig == GenerationConfigInfo(transformersVersion: "4.44.0", nameOrPath: "org/m"))
    }

    @Test func wrongTypesReadAsAbsent() throws {
        let (metadata, defects) = try inspect(
            "config.json", #"{"architectures": "LlamaForCausalLM", "model_type": 7, "vision_config": null}"#)
        #expect(defects.isEmpty)
        #expect(metadata?.modelConfig?.architectures == ["LlamaForCausalLM"])
        #expect(metadata?.modelConfig?.modelType == nil)
        #expect(metadata?.modelConfig?.isMultimodal == false)
    }

    @Test(arguments: [
        (#"{"model_type": "llama",}"#, "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000), "not valid JSON"),
        ("", "not valid JSON"),
    ])
    func malformedConfigIsADefect(json: String, message: String) throws {
        let (metadata, defects) = try inspect("config.json", json)
        #expect(defects.map(\.kind) == [.malformedConfig])
        #expect(defects.first?.message.contains(message) == true, "\(defects)")
        #expect(metadata?.modelConfig == nil)
    }

    @Test func trailingCommaIsReportedOnItsLine() throws {
        let (_, defects) = try inspect("config.json", "{\n  \"model_type\": \"llama\",\n  \"x\": [1, 2,]\n}")
        #expect(defects.map(\.line) == [3])
        #expect(defects.first?.message.contains("trailing comma") == true)
    }

    @Test func oversizedConfigIsNotRead() throws {
        let json = #"{"pad": ""# + String(repeating: "x", count: 5 << 20) + #""}"#
        let (_, defects) = try inspect("tokenizer_config.json", json)
        #expect(defects.first?.message.contains("4 MiB") == true)
    }

    @Test func configOfMillionsOfTinyValuesIsNotParsed() throws {
        let json = #"{"model_type": "llama", "x": ["# + String(repeating: "0,", count: 1 << 20) + "0]}"
        let (metadata, defects) = try inspect("config.json", json)
        #expect(defects.map(\.kind) == [.malformedConfig])
        #expect(defects.first?.message.contains("200000 JSON values") == true)
        #expect(metadata?.modelConfig == nil)
    }
}
