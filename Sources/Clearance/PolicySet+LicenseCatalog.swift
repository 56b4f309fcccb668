import BundleInspection
import BundleModel
import Foundation
import PolicyEngine

extension PolicySet {
    /// What license identification runs on: every fingerprint file in `fingerprints/` (and any
    /// other a pack lists), sorted by name, and the notice lines the packs require.
    ///
    /// A fingerprint carries its own license id, document kind, title and version line, so a
    /// license is identified whether or not a policy pack encodes its obligations yet: a copy of
    /// a license without a pack is still named, canonical or altered, and its id still reaches
    /// the lineage and the report. A pack's `identification.fingerprints` says which of these
    /// texts are its own.
    ///
    /// - Throws: `LicenseDataError` when a fingerprint file is malformed.
    public func licenseCatalog() throws -> LicenseCatalog {
        var catalog = LicenseCatalog()
        let listed = packs.entries.flatMap(\.fingerprints)
        for file in Set(listed + dataFiles.keys.filter(Self.isFingerprintFile)) {
            let source = "\(origin == "built-in" ? "policies" : origin)/\(file)"
            switch dataFiles[file] {
            case .compiledFingerprint(let fingerprint):
                catalog.fingerprints.append(fingerprint)
            case .json(let text):
                catalog.fingerprints.append(
                    try LicenseCatalogLoader.loadFingerprint(data: Data(text.utf8), source: source))
            case .yaml, nil:
                break
            }
        }
        catalog.notices = requiredNotices
        catalog.fingerprints.sort { $0.name < $1.name }
        return catalog
    }

    /// `fingerprints/<name>.json`, directly in the folder: one license fingerprint.
    private static func isFingerprintFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count == 2 && parts[0] == "fingerprints" && parts[1].hasSuffix(".json")
    }
}
