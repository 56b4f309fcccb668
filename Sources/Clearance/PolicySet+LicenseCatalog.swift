import Foundation
import BundleInspection
import BundleModel
import PolicyEngine

extension PolicySet {
    /// What license identification runs on: the fingerprints the packs list, in file order, and
    /// the notice lines the packs require.
    ///
    /// - Throws: `LicenseDataError` when a fingerprint file is malformed.
    public func licenseCatalog() throws -> LicenseCatalog {
        var catalog = LicenseCatalog()
        for pack in sortedPacks {
            for file in (pack.identification?.fingerprints ?? []).sorted() {
                let source = "\(origin == "built-in" ? "policies" : origin)/\(file)"
                if let compiled = compiledDataFiles[file] {
                    catalog.fingerprints.append(try LicenseCatalogLoader.loadFingerprint(compiled: Data(compiled.utf8), source: source))
                } else if let text = dataFiles[file] {
                    catalog.fingerprints.append(try LicenseCatalogLoader.loadFingerprint(data: Data(text.utf8), source: source))
                }
            }
        }
        catalog.notices = requiredNotices
        catalog.fingerprints.sort { $0.name < $1.name }
        return catalog
    }
}
