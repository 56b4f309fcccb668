import BundleModel

/// Evidence that a model takes images or other modalities besides text.
enum MultimodalEvidence {
    static let multimodalPipelines: Set<String> = [
        "image-text-to-text", "visual-question-answering", "image-to-text", "any-to-any", "video-text-to-text",
    ]

    static func collect(_ bundle: ManifestView, bases: [BaseModelReference]) -> [Evidence] {
        var evidence: [Evidence] = []
        for base in bases where base.multimodal {
            evidence.append(Evidence(path: base.evidence.path, excerpt: "\(base.reference) is a multimodal model"))
        }
        for (path, config) in bundle.modelConfigs where config.isMultimodal {
            evidence.append(
                Evidence(
                    path: path,
                    excerpt: (config.modalityConfigs ?? ["vision_config"]).joined(separator: ", ") + " present"))
        }
        if let card = bundle.card, let pipeline = card.info.pipelineTag, multimodalPipelines.contains(pipeline) {
            evidence.append(Evidence(path: card.path, excerpt: "pipeline_tag: \(pipeline)"))
        }
        return evidence
    }
}
