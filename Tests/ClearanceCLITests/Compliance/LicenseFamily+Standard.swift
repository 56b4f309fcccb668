/// The standard licenses of OBLIGATIONS §23, each pack on its family template: a fine-tune of a
/// private base no registry knows, named with its license in the facts (`model.upstream`, issue 12
/// item 6), declaring the license and shipping its text. What each family's template asks decides
/// how a release can break it.
extension LicenseFamily {
    static let standard: [LicenseFamily] = StandardLicense.all.map(\.family)
}

/// One standard license in the matrix: its id, its family's shape and the obligations its own pack
/// adds to the template.
struct StandardLicense {
    enum Shape {
        case publicDomain, permissive, attribution, weakCopyleft, strongCopyleft, shareAlike, dataShareAlike
        /// A license copy to ship, the rest questions (a data license, a copyleft that lets the derivative choose).
        case copyAndQuestions
        case nonCommercial, nonCommercialShareAlike, noDerivatives, nonCommercialNoDerivatives
    }

    let id: String
    let shape: Shape
    /// The rule a dropped modification statement fails, when the pack has one.
    var modificationRule: String?
    /// The rule a relabelled card fails besides the template's (`odc_by_declared_license`).
    var relabelRule: String?
    /// A title line the reference text lacks and a real LICENSE file starts with.
    var title: String?

    private var prefix: String { id.split { !$0.isLetter && !$0.isNumber }.joined(separator: "_") }

    private func rule(_ key: String) -> String { "\(prefix)_\(key)" }

    var family: LicenseFamily {
        var facts = ReleaseFacts(upstream: [(Self.base, id)])
        if [.nonCommercial, .nonCommercialShareAlike, .nonCommercialNoDerivatives].contains(shape) {
            facts.commercial = false
        }
        let text = title.map { "\($0)\n\nCopyright (c) 2024 Acme Research.\n\n" } ?? ""
        var compliant = Release.fineTune(
            of: Self.base, named: "acme-open-1b-chat", license: Release.listed(id),
            licenseText: text + UpstreamTexts.text(id), facts: facts)
        if [.noDerivatives, .nonCommercialNoDerivatives].contains(shape) {
            compliant.card?["base_model_relation"] = "quantized"
        }
        return LicenseFamily(license: id, compliant: compliant, violations: violations)
    }

    private var violations: [Violation] {
        var violations: [Violation] = []
        if [.permissive, .weakCopyleft, .strongCopyleft, .copyAndQuestions, .dataShareAlike].contains(shape) {
            violations.append(.licenseDropped(rule("license_copy")))
        }
        if let modificationRule { violations.append(.modificationStatementRemoved(modificationRule)) }
        switch shape {
        case .publicDomain, .permissive, .attribution:
            violations.append(.cardLicenseRemoved(rule("declared_license"), failOn: "warning"))
        case .weakCopyleft, .strongCopyleft, .shareAlike, .dataShareAlike:
            violations.append(.relicensed([rule("share_alike")], as: "cc-by-4.0"))
            violations.append(.cardLicenseRemoved(rule("share_alike")))
        case .nonCommercial:
            violations += [
                .commercialUse(rule("non_commercial")), .relicensed([rule("non_commercial_license")], as: "cc-by-4.0"),
            ]
        case .nonCommercialShareAlike:
            violations += [
                .commercialUse(rule("non_commercial")),
                .relicensed([rule("share_alike"), rule("non_commercial_license")], as: "cc-by-4.0"),
            ]
        case .noDerivatives:
            violations.append(.sharedAsFineTune(rule("no_derivatives")))
        case .nonCommercialNoDerivatives:
            violations += [.sharedAsFineTune(rule("no_derivatives")), .commercialUse(rule("non_commercial"))]
        case .copyAndQuestions:
            break
        }
        if let relabelRule { violations.append(.relicensed([relabelRule], as: "cc-by-4.0")) }
        return violations
    }

    static let all: [StandardLicense] = publicDomainAndPermissive + copyleft + creativeCommons + data

    /// The private base every release derives from: only the facts know its license.
    static let base = "acme-research/open-base-1b"

    private static let publicDomainAndPermissive: [StandardLicense] = [
        StandardLicense(id: "cc0-1.0", shape: .publicDomain),
        StandardLicense(id: "unlicense", shape: .publicDomain),
        StandardLicense(id: "wtfpl", shape: .publicDomain),
        StandardLicense(id: "pddl", shape: .publicDomain),
        StandardLicense(id: "isc", shape: .permissive, title: "ISC License"),
        StandardLicense(id: "bsd-2-clause", shape: .permissive, title: "BSD 2-Clause License"),
        StandardLicense(id: "bsd-3-clause", shape: .permissive, title: "BSD 3-Clause License"),
        StandardLicense(id: "bsd-3-clause-clear", shape: .permissive, title: "The Clear BSD License"),
        StandardLicense(
            id: "zlib", shape: .permissive, modificationRule: "zlib_altered_versions_marked", title: "zlib License"),
        StandardLicense(id: "bsl-1.0", shape: .permissive),
        StandardLicense(id: "ncsa", shape: .permissive),
        StandardLicense(id: "postgresql", shape: .permissive, title: "PostgreSQL License"),
        StandardLicense(id: "openmdw-1.0", shape: .permissive),
        StandardLicense(
            id: "afl-3.0", shape: .permissive, modificationRule: "afl_3_0_modification_notice",
            title: "Academic Free License (\"AFL\") v. 3.0"),
        StandardLicense(id: "ecl-2.0", shape: .permissive, modificationRule: "ecl_2_0_modification_notice"),
    ]

    private static let copyleft: [StandardLicense] = [
        StandardLicense(id: "ms-pl", shape: .weakCopyleft),
        StandardLicense(id: "mpl-2.0", shape: .weakCopyleft),
        StandardLicense(id: "epl-1.0", shape: .weakCopyleft),
        StandardLicense(id: "epl-2.0", shape: .weakCopyleft),
        StandardLicense(id: "lgpl-2.1", shape: .weakCopyleft, modificationRule: "lgpl_2_1_modification_notice"),
        StandardLicense(id: "lgpl-3.0", shape: .weakCopyleft),
        StandardLicense(id: "lgpl-lr", shape: .weakCopyleft, modificationRule: "lgpl_lr_modification_notice"),
        StandardLicense(id: "gpl-2.0", shape: .strongCopyleft, modificationRule: "gpl_2_0_modification_notice"),
        StandardLicense(id: "gpl-3.0", shape: .strongCopyleft, modificationRule: "gpl_3_0_modification_notice"),
        StandardLicense(id: "agpl-3.0", shape: .strongCopyleft, modificationRule: "agpl_3_0_modification_notice"),
        StandardLicense(id: "eupl-1.1", shape: .strongCopyleft, modificationRule: "eupl_1_1_modification_notice"),
        StandardLicense(id: "eupl-1.2", shape: .strongCopyleft, modificationRule: "eupl_1_2_modification_notice"),
        StandardLicense(id: "osl-3.0", shape: .strongCopyleft, modificationRule: "osl_3_0_modification_notice"),
        StandardLicense(id: "ofl-1.1", shape: .strongCopyleft),
    ]

    private static let creativeCommons: [StandardLicense] = [
        StandardLicense(id: "cc-by-2.0", shape: .attribution, modificationRule: "cc_by_2_0_modification_indication"),
        StandardLicense(id: "cc-by-2.5", shape: .attribution, modificationRule: "cc_by_2_5_modification_indication"),
        StandardLicense(id: "cc-by-3.0", shape: .attribution, modificationRule: "cc_by_3_0_modification_indication"),
        StandardLicense(
            id: "cc-by-sa-3.0", shape: .shareAlike, modificationRule: "cc_by_sa_3_0_modification_indication"),
        StandardLicense(
            id: "cc-by-sa-4.0", shape: .shareAlike, modificationRule: "cc_by_sa_4_0_modification_indication"),
        StandardLicense(
            id: "cc-by-nc-2.0", shape: .nonCommercial, modificationRule: "cc_by_nc_2_0_modification_indication"),
        StandardLicense(
            id: "cc-by-nc-3.0", shape: .nonCommercial, modificationRule: "cc_by_nc_3_0_modification_indication"),
        StandardLicense(
            id: "cc-by-nc-sa-2.0", shape: .nonCommercialShareAlike,
            modificationRule: "cc_by_nc_sa_2_0_modification_indication"),
        StandardLicense(
            id: "cc-by-nc-sa-3.0", shape: .nonCommercialShareAlike,
            modificationRule: "cc_by_nc_sa_3_0_modification_indication"),
        StandardLicense(
            id: "cc-by-nc-sa-4.0", shape: .nonCommercialShareAlike,
            modificationRule: "cc_by_nc_sa_4_0_modification_indication"),
        StandardLicense(id: "cc-by-nd-4.0", shape: .noDerivatives),
        StandardLicense(id: "cc-by-nc-nd-3.0", shape: .nonCommercialNoDerivatives),
        StandardLicense(id: "cc-by-nc-nd-4.0", shape: .nonCommercialNoDerivatives),
    ]

    private static let data: [StandardLicense] = [
        StandardLicense(id: "etalab-2.0", shape: .publicDomain),
        StandardLicense(id: "odbl", shape: .dataShareAlike),
        StandardLicense(
            id: "cdla-sharing-1.0", shape: .dataShareAlike, modificationRule: "cdla_sharing_1_0_changes_marked"),
        StandardLicense(id: "odc-by", shape: .copyAndQuestions, relabelRule: "odc_by_declared_license"),
        StandardLicense(id: "cdla-permissive-1.0", shape: .permissive),
        StandardLicense(id: "cdla-permissive-2.0", shape: .permissive),
        StandardLicense(id: "c-uda", shape: .copyAndQuestions),
        StandardLicense(id: "artistic-2.0", shape: .copyAndQuestions),
        StandardLicense(id: "lppl-1.3c", shape: .copyAndQuestions, modificationRule: "lppl_1_3c_modified_identified"),
    ]
}
