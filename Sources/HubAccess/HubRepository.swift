import ArchiveIO
import Foundation

/// A Hub repository at one commit, as a bundle: listed through the Hub API, its files fetched
/// only as far as the inspection reads them, every byte received counted.
public final class HubRepository: RemoteBundle {
    /// The repository as named.
    public let reference: HubReference
    /// The bundle as given (`hf://…`), for messages.
    public let bundle: String
    /// The commit the revision resolved to.
    public let commit: String
    /// Every file, with its size.
    public let files: [RemoteFile]
    /// Bytes received so far: the listing, the files, the header ranges.
    public private(set) var bytesTransferred: UInt64 = 0
    let client: HubClient

    /// The most of a listing that is read.
    static let maxListingBytes = 32 << 20

    /// Lists the repository at its revision.
    ///
    /// - Throws: `HubError` when the listing cannot be had or makes no sense.
    public init(_ reference: HubReference, bundle: String, client: HubClient = .shared) throws(HubError) {
        self.reference = reference
        self.bundle = bundle
        self.client = client
        var received: UInt64 = 0
        let listing = try Self.listing(of: reference, bundle: bundle, client: client, withFiles: true) {
            received += $0
        }
        bytesTransferred = received
        commit = try Self.commit(of: listing, bundle: bundle)
        files = try (listing.siblings ?? []).map { sibling throws(HubError) in
            guard let size = sibling.lfs?.size ?? sibling.size, !sibling.rfilename.isEmpty,
                !sibling.rfilename.hasPrefix("/")
            else {
                throw .malformed(bundle: bundle, reason: "a file without a name or a size in the listing")
            }
            return RemoteFile(path: sibling.rfilename, size: size, isLarge: sibling.lfs != nil)
        }
    }

    /// The commit `reference` names now: itself when it is a commit id, else one small API call.
    public static func commit(
        of reference: HubReference, bundle: String, client: HubClient = .shared
    ) throws(HubError) -> String {
        if reference.isCommit { return reference.revision.lowercased() }
        let listing = try listing(of: reference, bundle: bundle, client: client, withFiles: false) { _ in }
        return try commit(of: listing, bundle: bundle)
    }

    public func content(of file: RemoteFile) -> any ContentSource {
        HubFileSource(repository: self, file: file)
    }

    /// GETs a range of `file` (or all of it), counting what arrives.
    func fetch(_ file: RemoteFile, range: ClosedRange<UInt64>?, limit: Int) throws(HubError) -> Data {
        let path =
            "/\(reference.repository)/resolve/\(commit)/"
            + file.path.split(separator: "/").map { Self.escaped(String($0)) }.joined(separator: "/")
        let response = try client.get(path, range: range, limit: limit, bundle: bundle) { bytesTransferred += $0 }
        if let range, range.lowerBound > 0, response.status != 206 {
            throw .malformed(bundle: bundle, reason: "\(file.path): the server ignored the byte range asked for")
        }
        return response.body
    }

    private static func listing(
        of reference: HubReference, bundle: String, client: HubClient, withFiles: Bool, onBytes: (UInt64) -> Void
    ) throws(HubError) -> RepositoryListing {
        let path =
            "/api/models/\(reference.repository)/revision/\(escaped(reference.revision))"
            + (withFiles ? "?blobs=true" : "")
        let response = try client.get(path, limit: maxListingBytes, bundle: bundle, onBytes: onBytes)
        guard response.bytesReceived <= UInt64(maxListingBytes) else {
            throw .malformed(bundle: bundle, reason: "the listing is larger than \(maxListingBytes >> 20) MiB")
        }
        do {
            return try JSONDecoder().decode(RepositoryListing.self, from: response.body)
        } catch {
            throw .malformed(bundle: bundle, reason: "the listing is not the JSON the Hub API returns")
        }
    }

    private static func commit(of listing: RepositoryListing, bundle: String) throws(HubError) -> String {
        guard let sha = listing.sha, sha.count == 40, sha.allSatisfy(\.isHexDigit) else {
            throw .malformed(bundle: bundle, reason: "the listing gives no commit")
        }
        return sha.lowercased()
    }

    /// A path component or revision, percent-encoded for a URL path.
    private static func escaped(_ component: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return component.addingPercentEncoding(withAllowedCharacters: allowed) ?? component
    }
}
