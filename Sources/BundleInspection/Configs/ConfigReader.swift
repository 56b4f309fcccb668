import BundleModel

/// Turns a parsed config into the metadata the manifest records.
enum ConfigReader {
    /// Top-level keys that configure a modality other than text.
    static let modalityKeys = ["vision_config", "audio_config", "speech_config", "vision_tower", "mm_vision_tower", "visual", "image_encoder"]

    static func read(_ object: JSONConfigObject, as kind: ConfigFileKind, into metadata: inout ArtifactMetadata) {
        switch kind {
        case .model:
            metadata.modelConfig = modelConfig(object)
        case .adapter:
            metadata.adapterConfig = AdapterConfigInfo(
                baseModelNameOrPath: object.string("base_model_name_or_path"),
                peftType: object.string("peft_type"),
                taskType: object.string("task_type")
            )
        case .tokenizer:
            metadata.tokenizerConfig = TokenizerConfigInfo(
                tokenizerClass: object.string("tokenizer_class"),
                nameOrPath: object.string("name_or_path"),
                hasChatTemplate: object.hasValue("chat_template")
            )
        case .generation:
            metadata.generationConfig = GenerationConfigInfo(
                transformersVersion: object.string("transformers_version"),
                nameOrPath: object.string("_name_or_path")
            )
        }
    }

    private static func modelConfig(_ object: JSONConfigObject) -> ModelConfigInfo {
        let text = object.object("text_config")
        let modalities = modalityKeys.filter(object.hasValue)
        return ModelConfigInfo(
            architectures: object.strings("architectures"),
            modelType: object.string("model_type") ?? text?.string("model_type"),
            nameOrPath: object.string("_name_or_path"),
            torchDtype: object.string("torch_dtype") ?? object.string("dtype") ?? text?.string("torch_dtype") ?? text?.string("dtype"),
            hasVisionConfig: object.hasValue("vision_config"),
            textModelType: text?.string("model_type"),
            modalityConfigs: modalities.isEmpty ? nil : modalities
        )
    }
}
