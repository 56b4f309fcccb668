import BundleInspection
import BundleModel
import Foundation

/// `--license-dir`: a folder of upstream texts, `<id>/LICENSE` and `<id>/USE_POLICY.md` (or the
/// policy under its licensor's name, `PROHIBITED_USE_POLICY`, `ACCEPTABLE_USE_POLICY`). A text is
/// copied into a release only when clearance's own identification finds it to be the canonical
/// document it stands for; anything else stops the fix.
public struct LicenseFolder: Sendable {
    /// The folder as given.
    public let path: String
    private let identifier: LicenseIdentifier

    /// The largest text read from the folder (the longest license texts are under 100 KiB).
    static let maxBytes = 1 << 20

    /// Opens the folder, identifying texts with `catalog`.
    public init(path: String, catalog: LicenseCatalog) throws(RemediationError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .licenseFolderUnreadable(path: path, reason: "no such folder")
        }
        self.path = path
        self.identifier = LicenseIdentifier(catalog: catalog)
    }

    /// The names a use policy goes by in `<id>/`, in order: ours, then those its licensor publishes
    /// it under (Meta's `USE_POLICY.md`, Google's Prohibited Use Policy, TII's Acceptable Use Policy).
    static let usePolicyNames = [
        "USE_POLICY.md", "USE_POLICY", "PROHIBITED_USE_POLICY.md", "PROHIBITED_USE_POLICY",
        "ACCEPTABLE_USE_POLICY.md", "ACCEPTABLE_USE_POLICY",
    ]

    /// The file that holds `document` of license `id`: the first of its names that exists, else
    /// the first name (to say what is missing).
    func file(_ id: String, _ document: LicenseDocumentKind) -> String {
        let folder = URL(fileURLWithPath: path).appendingPathComponent(id)
        let names = document == .agreement ? ["LICENSE"] : Self.usePolicyNames
        let files = names.map { folder.appendingPathComponent($0).path }
        return files.first { FileManager.default.fileExists(atPath: $0) } ?? files[0]
    }

    /// The canonical text of `document` of license `id`, or nil when the folder has no file for it.
    ///
    /// - Throws: `RemediationError.licenseTextNotCanonical` naming the file and how it differs.
    func text(_ id: String, _ document: LicenseDocumentKind) throws(RemediationError) -> [UInt8]? {
        let file = file(id, document)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        let bytes = try Self.read(file)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .licenseTextNotCanonical(file: file, difference: "it is not UTF-8 text")
        }
        let matches = identifier.identify(TextDocument(path: file, text: text))
        if let problem = Self.problem(matches, id: id, document: document) {
            throw .licenseTextNotCanonical(file: file, difference: problem)
        }
        return bytes
    }

    /// The bytes of `file` (a link is followed: it is the publisher's own folder), which must be a
    /// regular file of at most `maxBytes`.
    private static func read(_ file: String) throws(RemediationError) -> [UInt8] {
        let resolved = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw .fileUnusable(path: file, reason: "not a regular file")
        }
        guard let handle = FileHandle(forReadingAtPath: resolved) else {
            throw .fileUnusable(path: file, reason: "cannot be read")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw .fileUnusable(path: file, reason: "cannot be read: \(error.localizedDescription)")
        }
        guard data.count <= maxBytes else {
            throw .fileUnusable(path: file, reason: "larger than \(maxBytes) bytes, which no license text is")
        }
        return [UInt8](data)
    }

    /// How `matches` fall short of one canonical copy of the document, or nil when they do not.
    /// Text no fingerprint covers (Apache-2.0's appendix) is not judged, as the check does not judge it.
    static func problem(_ matches: [LicenseMatch], id: String, document: LicenseDocumentKind) -> String? {
        let wanted = document == .agreement ? "the \(id) agreement" : "the \(id) use policy"
        let recognised = matches.filter { $0.licenseID != nil }
        guard let match = recognised.first(where: { $0.licenseID == id && $0.document == document }) ?? recognised.first
        else { return "it is not a license text clearance recognises, so it cannot be \(wanted)" }
        if match.licenseID != id || match.document != document {
            return "it is the \(match.licenseID ?? "") \(match.document.rawValue) text, not \(wanted)"
        }
        if match.status != .canonical {
            let places = match.differences.prefix(5).map(describe).joined(separator: "; ")
            return
                "it is an altered copy of \(wanted) (\(Int(match.similarity * 100))% of the canonical text): \(places)"
        }
        // Meta publishes some agreements with their use policy appended: the license's own documents may share a file.
        if let other = recognised.first(where: { $0.licenseID != id || $0.status != .canonical }) {
            return "besides \(wanted) it holds the \(other.licenseID ?? "") \(other.document.rawValue) text "
                + "(\(other.status.rawValue)); give the canonical text alone"
        }
        return nil
    }

    private static func describe(_ difference: TextDifference) -> String {
        let section = difference.section.map { "§\($0) " } ?? ""
        let line = difference.line.map { " at line \($0)" } ?? ""
        return "\(section)\(difference.kind.rawValue)\(line): “\(difference.excerpt)”"
    }
}
