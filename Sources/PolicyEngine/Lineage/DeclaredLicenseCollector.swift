import BundleModel

/// The licenses a release's own metadata claims: the card's `license` (with `license_name` for
/// `other`), each GGUF file's `general.license` and a safetensors `__metadata__.license`.
struct DeclaredLicenseCollector {
    let policies: PolicySet

    func collect(_ bundle: ManifestView) -> [DeclaredLicense] {
        var declared: [DeclaredLicense] = []
        if let card = bundle.card {
            for value in card.info.license {
                let named = value.lowercased() == "other" ? card.info.licenseName ?? value : value
                let excerpt = named == value ? "license: \(value)" : "license: \(value), license_name: \(named)"
                declared.append(
                    DeclaredLicense(
                        value: named, id: id(for: named), evidence: Evidence(path: card.path, excerpt: excerpt),
                        source: .modelCard))
            }
        }
        for (path, gguf) in bundle.ggufFiles {
            guard let license = gguf.general.license else { continue }
            for value in license.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
            where !value.isEmpty {
                let named = value.lowercased() == "other" ? gguf.general.licenseName ?? value : value
                declared.append(
                    DeclaredLicense(
                        value: named, id: id(for: named),
                        evidence: Evidence(path: path, excerpt: "general.license: \(value)"), source: .gguf))
            }
        }
        for (path, metadata) in bundle.safetensorsMetadata {
            guard let license = metadata["license"] else { continue }
            for value in license.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
            where !value.isEmpty {
                declared.append(
                    DeclaredLicense(
                        value: value, id: id(for: value),
                        evidence: Evidence(path: path, excerpt: "__metadata__.license: \(value)"), source: .safetensors)
                )
            }
        }
        return declared
    }

    private func id(for value: String) -> String? {
        policies.pack(named: value)?.license.id
    }
}
