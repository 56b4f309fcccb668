/// A fine-tune release as a careful distributor packs it: the card with its license metadata,
/// base_model and a modification statement, the upstream license text, the Notice lines and facts.
extension Release {
    static func fineTune(
        of base: String,
        named name: String,
        license: [(key: String, value: String)],
        licenseText: String,
        notices: [String] = [],
        statements: [String] = [],
        facts: ReleaseFacts = ReleaseFacts(),
        otherFiles: [String: String] = [:],
        config: String? = nil
    ) -> Release {
        let card = ModelCard(
            frontMatter: license + [
                ("base_model", base), ("base_model_relation", "finetune"), ("pipeline_tag", "text-generation"),
            ],
            title: name,
            paragraphs: [
                "\(name) is a \(Violation.modificationMarker) \(base): Acme AI modified its weights by supervised fine-tuning on 40k support conversations."
            ]
                + statements + ["## License", "See LICENSE and NOTICE."]
        )
        var release = Release(card: card, facts: facts)
        release[text: "LICENSE"] = licenseText
        if !notices.isEmpty { release[text: "NOTICE"] = notices.joined(separator: "\n") + "\n" }
        for (path, text) in otherFiles { release[text: path] = text }
        release[text: "config.json"] =
            config ?? #"{"architectures": ["LlamaForCausalLM"], "_name_or_path": "\#(base)"}"#
        release.files["model.safetensors"] = TinyWeights.safetensors
        return release
    }

    /// `license: <id>` for licenses on the Hub's list.
    static func listed(_ id: String) -> [(key: String, value: String)] {
        [("license", id)]
    }

    /// `license: other` with `license_name` and `license_link`, for licenses the Hub does not list.
    static func other(_ name: String, link: String = "LICENSE") -> [(key: String, value: String)] {
        [("license", "other"), ("license_name", name), ("license_link", link)]
    }
}
