import BundleModel

/// One line of what the inspector read from an artifact, for the text table of `inspect`.
public enum ArtifactSummary {
    public static func describe(_ artifact: Artifact) -> String {
        var parts: [String] = []
        if let metadata = artifact.metadata { parts += describe(metadata) }
        parts += (artifact.licenseMatches ?? []).map(describe)
        return parts.joined(separator: "; ")
    }

    private static func describe(_ metadata: ArtifactMetadata) -> [String] {
        var parts: [String] = []
        if let header = metadata.safetensors {
            let dtypes = header.dtypes.keys.sorted().joined(separator: "/")
            parts.append(
                "\(Plural.of(header.tensorCount, "tensor")), \(parameters(header.parameterCount)) params, \(dtypes)")
        }
        if let gguf = metadata.gguf {
            var text = "GGUF v\(gguf.version) \(gguf.architecture ?? "?"), \(Plural.of(gguf.tensorCount, "tensor"))"
            if let name = gguf.general.name { text += ", name “\(name)”" }
            if let license = gguf.general.license { text += ", license \(license)" }
            parts.append(text)
        }
        if let index = metadata.shardIndex {
            parts.append(
                "index of \(Plural.of(index.shards.count, "shard"))"
                    + (index.totalSize.map { ", \(ByteCount.format($0)) of tensors" } ?? ""))
        }
        if let pickle = metadata.pickle {
            let dangerous = pickle.dangerous.map(\.qualifiedName)
            parts.append(
                "pickle, \(Plural.of(pickle.globals.count, "global"))"
                    + (dangerous.isEmpty ? "" : ", DANGEROUS: \(dangerous.joined(separator: ", "))"))
        }
        if let pointer = metadata.lfsPointer {
            parts.append("git-lfs pointer to \(ByteCount.format(pointer.size))")
        }
        if let card = metadata.modelCard {
            var text = card.license.isEmpty ? "no license declared" : "license \(card.license.joined(separator: ", "))"
            if let name = card.licenseName { text += " (\(name))" }
            if !card.baseModels.isEmpty { text += ", base \(card.baseModels.joined(separator: ", "))" }
            if let relation = card.baseModelRelation { text += " (\(relation))" }
            if let name = card.modelName { text += ", name “\(name)”" }
            parts.append(text)
        }
        if let config = metadata.modelConfig {
            let items = [
                config.modelType, config.architectures.first, config.torchDtype, config.nameOrPath.map { "from \($0)" },
                config.isMultimodal ? "multimodal" : nil,
            ]
            parts.append(items.compactMap { $0 }.joined(separator: ", "))
        }
        if let adapter = metadata.adapterConfig {
            parts.append("\(adapter.peftType ?? "adapter") on \(adapter.baseModelNameOrPath ?? "an unnamed base")")
        }
        if let notices = metadata.noticeLines, !notices.isEmpty {
            parts.append(
                "notice lines: "
                    + notices.map { "\($0.licenseID) (\($0.isExact ? "exact" : "not exact"), line \($0.line))" }.joined(
                        separator: ", "))
        }
        return parts
    }

    private static func describe(_ match: LicenseMatch) -> String {
        let id = match.licenseID ?? "unrecognised text"
        let document = match.document == .usePolicy ? " use policy" : ""
        let similarity = match.status == .canonical ? "" : " \(Int(match.similarity * 100))%"
        return "\(id)\(document), \(match.status.rawValue)\(similarity), lines \(match.startLine)–\(match.endLine)"
    }

    /// 8030261248 → 8.03B.
    static func parameters(_ count: UInt64) -> String {
        let units: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        for (scale, suffix) in units where Double(count) >= scale {
            let value = Double(count) / scale
            let rounded = (value * 100).rounded() / 100
            return "\(rounded)\(suffix)"
        }
        return String(count)
    }
}
