import BundleModel
import Foundation

/// Turns a parsed config into the metadata the manifest records.
enum ConfigReader {
    /// Top-level keys that configure a modality other than text.
    static let modalityKeys = [
        "vision_config", "audio_config", "speech_config", "vision_tower", "mm_vision_tower", "visual", "image_encoder",
    ]

    /// Records what `object` (parsed from `bytes`) says, by the kind of config it is.
    static func read(
        _ object: JSONConfigObject, bytes: [UInt8], as kind: ConfigFileKind, into metadata: inout ArtifactMetadata
    ) {
        let lines = JSONKeyLines.lines(of: ConfigScalars.locatedKeys, in: bytes)
        func named(_ key: String) -> NamedModel? {
            object.string(key).map { NamedModel(name: $0, line: lines[key]) }
        }
        switch kind {
        case .model:
            metadata.modelConfig = modelConfig(object, lines: lines)
        case .adapter:
            metadata.adapterConfig = AdapterConfigInfo(
                baseModelNameOrPath: object.string("base_model_name_or_path"),
                peftType: object.string("peft_type"),
                taskType: object.string("task_type"),
                baseModelLine: lines["base_model_name_or_path"]
            )
        case .tokenizer:
            metadata.tokenizerConfig = TokenizerTokens.info(object)
        case .quantize:
            metadata.quantizeConfig = QuantizeConfigInfo(
                modelNameOrPath: named("model_name_or_path"),
                bits: (object.values["bits"] as? NSNumber)?.intValue)
        case .pipelineIndex:
            var components: [String: String] = [:]
            for (key, value) in object.values where !key.hasPrefix("_") {
                if let pair = value as? [Any], pair.count == 2, let name = pair[1] as? String { components[key] = name }
            }
            metadata.pipelineIndex = PipelineIndexInfo(
                className: object.string("_class_name"), nameOrPath: named("_name_or_path"),
                components: components)
        case .generation:
            metadata.generationConfig = GenerationConfigInfo(
                transformersVersion: object.string("transformers_version"),
                nameOrPath: object.string("_name_or_path")
            )
        }
    }

    private static func modelConfig(_ object: JSONConfigObject, lines: [String: Int]) -> ModelConfigInfo {
        let text = object.object("text_config")
        let modalities = modalityKeys.filter(object.hasValue)
        return ModelConfigInfo(
            architectures: object.strings("architectures"),
            modelType: object.string("model_type") ?? text?.string("model_type"),
            nameOrPath: object.string("_name_or_path"),
            torchDtype: object.string("torch_dtype") ?? object.string("dtype") ?? text?.string("torch_dtype")
                ?? text?.string("dtype"),
            hasVisionConfig: object.hasValue("vision_config"),
            textModelType: text?.string("model_type"),
            modalityConfigs: modalities.isEmpty ? nil : modalities,
            values: ConfigScalars.values(of: object),
            keyLines: lines.isEmpty ? nil : lines
        )
    }
}
