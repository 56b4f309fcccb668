import BundleModel

/// Looks up a model a release names: in the facts' `model.upstream`, then the registry, then the
/// base-model table's official repositories; a name nothing knows may still carry a family and
/// version (`someone/Llama-3.1-8B-sft`).
struct ReferenceResolver {
    let policies: PolicySet
    let facts: FactSheet

    /// The option a reference stands for, or nil when nothing knows it.
    func option(for reference: String) -> LineageOption? {
        if let upstream = facts.facts.model?.upstream?.first(where: {
            ModelReference($0.model) == ModelReference(reference)
        }) {
            return option(for: upstream, named: reference)
        }
        if let entry = policies.registry.entry(for: reference) {
            let base = policies.baseModels.base(repository: reference)
            return LineageOption(
                model: reference, licenses: entry.licenses, baseID: base?.id,
                registryEntry: "\(entry.match.first ?? reference)\(entry.source.map { " (\($0))" } ?? "")")
        }
        if let base = policies.baseModels.base(repository: reference) {
            return LineageOption(model: reference, licenses: base.licenses, baseID: base.id)
        }
        return nil
    }

    /// The bases a name's family, version and size stand for, when they all carry the same licenses
    /// or the name is specific enough; nil when the name names no known base.
    func options(forName name: String) -> [LineageOption]? {
        guard let family = FamilyName(name) else { return nil }
        let bases = family.bases(in: policies.baseModels)
        guard !bases.isEmpty else { return nil }
        return bases.map {
            LineageOption(model: "\($0.displayName) (\($0.repos.first ?? $0.id))", licenses: $0.licenses, baseID: $0.id)
        }
    }

    /// The option a base named in the facts (`model.upstream`) stands for: its license written as
    /// any name a pack answers to (`CC-BY-SA-4.0`, `cc_by_sa_4_0`) binds that pack, as a registry
    /// entry's id would; a name no pack knows binds as written.
    func option(for upstream: Facts.Upstream, named reference: String? = nil) -> LineageOption {
        let license = policies.packs.id(named: upstream.license) ?? upstream.license
        return LineageOption(
            model: reference ?? upstream.model, licenses: [license],
            registryEntry: "facts model.upstream")
    }

    /// The last part of a path or repository id (`/data/models/Llama-2-7b-hf` is `Llama-2-7b-hf`).
    static func lastComponent(_ reference: String) -> String {
        reference.split(separator: "/").last.map(String.init) ?? reference
    }
}
