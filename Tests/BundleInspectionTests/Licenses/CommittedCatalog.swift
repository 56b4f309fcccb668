import BundleInspection
import BundleModel
import Foundation

/// The data committed under `policies/fingerprints/`.
enum CommittedCatalog {
    static let directory = ReferenceTexts.repositoryRoot.appendingPathComponent("policies/fingerprints")

    static func load() throws -> LicenseCatalog {
        try LicenseCatalogLoader.load(directory: directory.path)
    }
}
