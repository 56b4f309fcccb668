import BundleModel

/// What an upstream license lets a derivative be declared under, as its pack's compatibility rules
/// say it: a `share-alike` rule names the licenses allowed, a `non-commercial` rule admits only
/// licenses that do not permit commercial use, a `no-derivatives` rule forbids sharing a derivative.
/// A pack with none of them (a permissive or public-domain license) admits any license.
struct DerivativeLicenseTerms: Equatable {
    /// The licenses a derivative may carry, the upstream's own first; nil when any license may do.
    var allowed: Set<String>?
    /// Only licenses that do not permit commercial use.
    var nonCommercialOnly = false
    /// No derivative may be shared at all.
    var noDerivatives = false

    init(pack: PolicyPack) {
        for rule in pack.rules {
            switch rule.check {
            case .shareAlike(let check): allowed = Set([pack.license.id] + (check.allowed ?? []))
            case .nonCommercial: nonCommercialOnly = true
            case .noDerivatives: noDerivatives = true
            default: break
            }
        }
    }

    /// Whether the terms say anything about the derivative's license.
    var constrains: Bool { allowed != nil || nonCommercialOnly }

    /// Whether a derivative declared under the license `id` meets the terms (no-derivatives aside:
    /// that rule forbids sharing, whatever the license).
    func admits(_ id: String, policies: PolicySet) -> Bool {
        if let allowed, !allowed.contains(id) { return false }
        return !nonCommercialOnly || policies.packs[id]?.license.nonCommercial == true
    }

    /// Whether one license could meet both terms at once: one both allow by name, or, when neither
    /// names its licenses, a license of the derivative's own (non-commercial where either asks it).
    static func compatible(_ first: Self, _ second: Self, policies: PolicySet) -> Bool {
        let candidates: Set<String>
        switch (first.allowed, second.allowed) {
        case (nil, nil): return true
        case (let named?, nil), (nil, let named?): candidates = named
        case (let one?, let other?): candidates = one.intersection(other)
        }
        return candidates.contains { first.admits($0, policies: policies) && second.admits($0, policies: policies) }
    }
}

/// The release's declared licenses, sorted by what an upstream's terms make of them.
struct DeclaredLicenseSort {
    /// Licenses the terms admit.
    var admitted: [DeclaredLicense] = []
    /// Known licenses the terms refuse.
    var refused: [DeclaredLicense] = []
    /// Licenses clearance cannot judge: unknown names (`other` with a custom `license_name`) and
    /// family identifiers (`cc`, `gpl`), which name no single license.
    var undetermined: [DeclaredLicense] = []

    init(_ declared: [DeclaredLicense], policies: PolicySet, admits: (String) -> Bool) {
        for license in declared {
            guard let id = license.id, policies.packs[id]?.license.members == nil else {
                undetermined.append(license)
                continue
            }
            if admits(id) { admitted.append(license) } else { refused.append(license) }
        }
    }

    /// The declared values, deduplicated and sorted, for messages.
    static func names(_ licenses: [DeclaredLicense]) -> String {
        Set(licenses.map(\.value)).sorted().joined(separator: ", ")
    }
}
