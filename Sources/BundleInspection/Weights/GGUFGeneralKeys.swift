import BundleModel

/// Picks the `general.*` keys that matter for licensing and lineage out of a GGUF header's values.
enum GGUFGeneralKeys {
    static let baseModelPrefix = "general.base_model."

    /// `general.*` as typed fields; `general.base_model.N.*` in order of N.
    static func general(from values: [String: GGUFValue]) -> GGUFGeneral {
        let text = { (key: String) -> String? in
            if case .string(let value)? = values["general." + key] { return value }
            return nil
        }
        var general = GGUFGeneral()
        general.name = text("name")
        general.basename = text("basename")
        general.finetune = text("finetune")
        general.version = text("version")
        general.author = text("author")
        general.organization = text("organization")
        general.repoURL = text("repo_url")
        general.url = text("url")
        general.sizeLabel = text("size_label")
        general.quantizedBy = text("quantized_by")
        general.license = text("license")
        general.licenseName = text("license.name")
        general.licenseLink = text("license.link")
        general.baseModelCount = values["general.base_model.count"].flatMap(count)
        general.baseModels = baseModels(from: values)
        return general
    }

    /// A count stored as any integer type.
    private static func count(_ value: GGUFValue) -> UInt64? {
        switch value {
        case .unsigned(let count): count
        case .integer(let count) where count >= 0: UInt64(count)
        default: nil
        }
    }

    private static func baseModels(from values: [String: GGUFValue]) -> [GGUFBaseModel] {
        var models: [Int: GGUFBaseModel] = [:]
        for (key, value) in values where key.hasPrefix(baseModelPrefix) {
            guard case .string(let text) = value else { continue }
            let rest = key.dropFirst(baseModelPrefix.count).split(separator: ".", maxSplits: 1)
            guard rest.count == 2, rest[0].allSatisfy({ $0.isASCII && $0.isNumber }), let index = Int(rest[0]) else {
                continue
            }
            var model = models[index] ?? GGUFBaseModel()
            switch rest[1] {
            case "name": model.name = text
            case "author": model.author = text
            case "version": model.version = text
            case "organization": model.organization = text
            case "url": model.url = text
            case "repo_url": model.repoURL = text
            default: continue
            }
            models[index] = model
        }
        return models.keys.sorted().compactMap { models[$0] }
    }
}
