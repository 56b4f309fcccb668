/// The Transformers, PEFT, AutoGPTQ and diffusers JSON configs clearance reads, recognised by file name.
enum ConfigFileKind: String {
    case model = "config.json"
    case adapter = "adapter_config.json"
    case tokenizer = "tokenizer_config.json"
    case generation = "generation_config.json"
    case quantize = "quantize_config.json"
    case pipelineIndex = "model_index.json"

    /// The kind of the file called `name`, in any folder and any case.
    init?(name: EntryFileName) {
        // Every kind's name ends in `.json`: other names are cleared without comparing text.
        guard name.ext == "json" else { return nil }
        self.init(rawValue: name.lower)
    }
}
