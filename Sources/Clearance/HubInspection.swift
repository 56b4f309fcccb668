import BundleInspection
import BundleModel
import HubAccess

/// Inspects a Hub repository (`hf://ORG/NAME[@REVISION]`) over HTTP, as its download would be.
enum HubInspection {
    /// The manifest of the repository at its revision; `subject` gives the commit and the bytes
    /// received to make it.
    static func inspect(_ reference: HubReference, path: String, options: InspectionOptions) throws -> Manifest {
        let repository = try HubRepository(reference, bundle: path)
        var subject = Subject(path: path, format: .hf)
        subject.commit = repository.commit
        var manifest = try BundleInspector(options: options).inspect(remote: repository, subject: subject)
        manifest.subject.bytesTransferred = repository.bytesTransferred
        return manifest
    }

    /// What the repository is now, for the report cache: its server and commit.
    static func identity(of reference: HubReference, path: String) -> String? {
        guard let commit = try? HubRepository.commit(of: reference, bundle: path) else { return nil }
        return "hf \(HubClient.shared.endpoint) \(commit)"
    }
}
