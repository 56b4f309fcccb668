import BundleModel

/// Well-known base-model repositories and the licenses their weights are under
/// (`policies/registry.yml`). The first entry that matches wins, so exceptions come first.
public struct ModelRegistry: Codable, Sendable, Equatable {
    public var version: Int
    public var models: [RegistryEntry]

    public init(version: Int = 1, models: [RegistryEntry] = []) {
        self.version = version
        self.models = models
    }

    /// The entry for a model reference (`org/name`, a Hub URL, or a bare name), if one matches.
    public func entry(for reference: String) -> RegistryEntry? {
        let model = ModelReference(reference)
        return models.first { $0.matches(model) }
    }
}

/// One or more repositories and their licenses.
public struct RegistryEntry: Codable, Sendable, Equatable {
    /// Glob patterns on `org/name` (`meta-llama/Llama-3.2-*-Vision*`), case-insensitive.
    public var match: [String]
    /// The license ids that bind the weights.
    public var licenses: [String]
    /// The model takes images or other modalities (relevant to the EU clause of Llama 3.2+).
    public var multimodal: Bool?
    /// Whether the upstream release ships a NOTICE file (Apache-2.0 §4(d)); nil when unknown.
    public var upstreamNotice: Bool?
    /// Where the assignment comes from.
    public var source: String?

    /// An entry with every part given.
    public init(match: [String], licenses: [String], multimodal: Bool?, upstreamNotice: Bool?, source: String?) {
        self.match = match
        self.licenses = licenses
        self.multimodal = multimodal
        self.upstreamNotice = upstreamNotice
        self.source = source
    }

    func matches(_ model: ModelReference) -> Bool {
        match.contains { pattern in
            let normalised = ModelReference.normalise(pattern)
            if let repository = model.repository { return Glob.matches(normalised, repository) }
            // Without an organisation only a pattern that names the model can match, not a wildcard.
            let namePart = normalised.split(separator: "/").last.map(String.init) ?? normalised
            return !namePart.hasPrefix("*") && Glob.matches(namePart, model.name)
        }
    }
}

/// A model named somewhere in a bundle, normalised for registry lookups.
struct ModelReference: Equatable {
    /// `org/name`, lower-cased, when an organisation is known.
    let repository: String?
    /// The name without the organisation, lower-cased.
    let name: String

    init(_ reference: String) {
        var text = reference.trimmingCharacters(in: " \t\"'")
        for prefix in ["https://huggingface.co/", "http://huggingface.co/", "hf.co/", "huggingface.co/", "hf://"]
        where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        let parts = text.split(separator: "/").map(String.init).filter { !$0.isEmpty }
        let normalisedParts = parts.prefix(2).map(Self.normalise)
        if normalisedParts.count == 2, !text.hasPrefix("/"), !text.hasPrefix(".") {
            repository = normalisedParts.joined(separator: "/")
            name = normalisedParts[1]
        } else {
            repository = nil
            name = Self.normalise(parts.last ?? text)
        }
    }

    /// Lower case, with spaces and underscores read as hyphens.
    static func normalise(_ text: String) -> String {
        String(text.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
    }
}
