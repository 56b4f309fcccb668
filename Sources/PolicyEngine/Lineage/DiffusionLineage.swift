import BundleModel

/// Clues that a diffusion release derives from a Stable Diffusion base: a UNet (or ControlNet)
/// config with the base's cross-attention width and layout, or adapter weights whose
/// cross-attention projections take that width. The text encoders are never the base.
struct DiffusionLineage {
    let table: BaseModelTable
    let bundle: ManifestView

    func clues() -> [LineageClue] {
        var clues: [LineageClue] = []
        for (path, config) in bundle.modelConfigs {
            guard let unet = Self.unetValues(config.values ?? [:]), unet["cross_attention_dim"] != nil else { continue }
            clues += configClue(unet, path: path, line: config.keyLines?["_class_name"])
        }
        for artifact in bundle.artifactsWithMetadata {
            for (name, shape) in (artifact.metadata?.safetensors?.lineageShapes ?? [:]).sorted(by: { $0.key < $1.key })
            where name.contains("attn2.to_k") && shape.count == 2 {
                let width = Double(shape[1])
                let bases = table.diffusion.filter { $0.unet["cross_attention_dim"]?.number == width }
                guard !bases.isEmpty else { continue }
                let evidence = Evidence(
                    path: artifact.path,
                    excerpt: "\(name) [\(shape[0]), \(shape[1])]: cross-attention width \(shape[1])")
                clues.append(
                    LineageClue(
                        basis: .technical, strength: .strong, evidence: evidence, options: bases.map(Self.option)))
                break
            }
        }
        return clues
    }

    /// A UNet config's values: a `UNet2DConditionModel`-like config, or the `unet` object a
    /// pipeline config nests.
    static func unetValues(_ values: [String: ConfigScalar]) -> [String: ConfigScalar]? {
        if values["unet.cross_attention_dim"] != nil {
            var nested: [String: ConfigScalar] = [:]
            for (key, value) in values where key.hasPrefix("unet.") { nested[String(key.dropFirst(5))] = value }
            return nested
        }
        return values["_class_name"] != nil ? values : nil
    }

    private func configClue(_ unet: [String: ConfigScalar], path: String, line: Int?) -> [LineageClue] {
        let scored = table.diffusion.compactMap { base -> (DiffusionFingerprint, Int)? in
            guard unet["cross_attention_dim"] == base.unet["cross_attention_dim"] else { return nil }
            var distance = base.unet.filter { key, value in unet[key].map { $0 != value } ?? false }.count
            // A text projection the base does not have (Kolors' 4096-wide one) is another model.
            if unet["encoder_hid_dim"] != nil, base.unet["encoder_hid_dim"] == nil { distance += 2 }
            return (base, distance)
        }
        guard let best = scored.map(\.1).min() else { return [] }
        let closest = scored.filter { $0.1 == best }.map(\.0)
        let width = unet["cross_attention_dim"]?.text ?? "?"
        let evidence = Evidence(
            path: path, line: line,
            excerpt: "UNet cross_attention_dim \(width)" + (best == 0 ? "" : ", other layout keys differ"))
        var clue = LineageClue(
            basis: .technical, strength: best == 0 ? .strong : .weak, evidence: evidence,
            options: closest.map(Self.option))
        if best > 0 {
            clue.ambiguity =
                "\(path) resembles \(closest.map(\.displayName).joined(separator: ", ")) without matching it"
        }
        return [clue]
    }

    static func option(_ base: DiffusionFingerprint) -> LineageOption {
        LineageOption(
            model: "\(base.displayName) (\(base.repos.first ?? base.id))", licenses: base.licenses, baseID: base.id)
    }
}
