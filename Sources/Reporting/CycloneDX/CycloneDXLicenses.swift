import BundleModel
import PolicyEngine

/// CycloneDX license entries: an SPDX id where the license has one, otherwise a named
/// `LicenseRef-…` license carrying what identifies its text (title, version line) as properties.
struct CycloneDXLicenses {
    /// SPDX ids of the licenses that have one, by clearance license id.
    static let spdxIDs = [
        "apache-2.0": "Apache-2.0", "mit": "MIT", "cc-by-4.0": "CC-BY-4.0", "cc-by-nc-4.0": "CC-BY-NC-4.0",
    ]

    let policies: PolicySet

    /// A license by clearance id (`llama3.1`), `concluded` when it binds through the lineage and
    /// `declared` when the release's metadata claims it.
    func entry(_ id: String, acknowledgement: String) -> CycloneDXBOM.LicenseChoice {
        let pack = policies.pack(named: id)
        if let spdx = Self.spdxIDs[id.lowercased()] ?? pack?.license.spdx {
            return .init(license: .init(id: spdx, acknowledgement: acknowledgement, url: pack?.license.url))
        }
        var properties = [CycloneDXBOM.Property(name: "clearance:license-id", value: id)]
        if let pack {
            properties.append(.init(name: "clearance:license-name", value: pack.license.name))
            properties.append(.init(name: "clearance:license-version", value: pack.license.version))
            properties += (pack.identification?.titles ?? []).map { .init(name: "clearance:license-title", value: $0) }
            properties += (pack.identification?.versionLines ?? []).map {
                .init(name: "clearance:license-version-line", value: $0)
            }
        }
        return .init(
            license: .init(
                name: Self.licenseRef(id), acknowledgement: acknowledgement, url: pack?.license.url,
                properties: properties))
    }

    /// The licenses of the model: those that bind it (concluded), then those it declares.
    func modelLicenses(_ input: ReportInput) -> [CycloneDXBOM.LicenseChoice] {
        var entries = input.upstreamLicenses.map { entry($0, acknowledgement: "concluded") }
        for declared in input.lineage.declared {
            let license = declared.id.map { entry($0, acknowledgement: "declared") } ?? unknownDeclared(declared.value)
            if !entries.contains(license) { entries.append(license) }
        }
        return entries
    }

    private func unknownDeclared(_ value: String) -> CycloneDXBOM.LicenseChoice {
        .init(
            license: .init(
                name: Self.licenseRef(value), acknowledgement: "declared",
                properties: [.init(name: "clearance:declared-value", value: value)]))
    }

    /// `LicenseRef-llama3.1`: SPDX allows letters, digits, `.` and `-` after the prefix.
    static func licenseRef(_ id: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-")
        return "LicenseRef-" + String(id.map { allowed.contains($0) ? $0 : "-" })
    }
}
