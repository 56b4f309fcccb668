import BundleInspection
import BundleModel
import Foundation
import Testing

/// The reference license texts in `../shared/reference/licenses` next to the repository, when
/// they are there (a fresh clone in CI does not have them), and what each must be identified as.
enum ReferenceTexts {
    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let directory = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/reference/licenses")

    static let isAvailable = FileManager.default.fileExists(atPath: directory.appendingPathComponent("llama3.1/LICENSE").path)

    static let skipReason: Comment = "the reference license texts (../shared/reference/licenses) are not next to this checkout"

    /// One document a reference file must be identified as.
    struct Expected: Equatable, CustomStringConvertible {
        var licenseID: String
        var document: LicenseDocumentKind
        var fingerprint: String

        var description: String { fingerprint }
    }

    /// One reference file.
    struct File: CustomStringConvertible, Sendable {
        var folder: String
        var name: String
        var document: LicenseDocumentKind
        var path: String { directory.appendingPathComponent("\(folder)/\(name)").path }
        var description: String { "\(folder)/\(name)" }

        var licenseID: String { folder == "gemma-2025" ? "gemma" : folder }

        /// The file's lines as they are.
        var fileLines: [String] {
            let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
            return TextDocument(path: description, text: String(decoding: data, as: UTF8.self)).lines
        }

        /// The license's own text, which its fingerprint covers: the file, but for the Apache-2.0
        /// appendix ("How to apply the Apache License"), a boilerplate people fill in or drop.
        var lines: [String] {
            let all = fileLines
            guard name == "LICENSE", let appendix = all.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("APPENDIX: How to apply the Apache License") }) else { return all }
            return Array(all[..<appendix])
        }

        /// The line of a Llama Acceptable Use Policy title inside a LICENSE, if one is appended.
        var appendedPolicyLine: Int? {
            guard name == "LICENSE" else { return nil }
            return lines.firstIndex { line in
                let text = line.trimmingCharacters(in: CharacterSet(charactersIn: " #*"))
                return text.hasSuffix("Acceptable Use Policy") && (text.hasPrefix("Llama ") || text.hasPrefix("Meta Llama "))
            }.map { $0 + 1 }
        }

        var expected: [Expected] {
            let kind = document == .agreement ? "agreement" : "use-policy"
            var expected = [Expected(licenseID: licenseID, document: document, fingerprint: "\(folder).\(kind)")]
            if appendedPolicyLine != nil {
                expected.append(Expected(licenseID: licenseID, document: .usePolicy, fingerprint: "\(folder).appended-use-policy"))
            }
            return expected
        }
    }

    /// Every reference file, sorted.
    static let files: [File] = {
        guard isAvailable, let folders = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var files: [File] = []
        for folder in folders.sorted() {
            for (name, document) in [("LICENSE", LicenseDocumentKind.agreement), ("USE_POLICY.md", .usePolicy), ("PROHIBITED_USE_POLICY", .usePolicy)]
            where FileManager.default.fileExists(atPath: directory.appendingPathComponent("\(folder)/\(name)").path) {
                files.append(File(folder: folder, name: name, document: document))
            }
        }
        return files
    }()

    /// One file by folder and name.
    static func file(_ folder: String, _ name: String = "LICENSE") -> File? {
        files.first { $0.folder == folder && $0.name == name }
    }

    /// The catalog built from the reference texts, the way `dev/fingerprints` builds the
    /// committed one (without the notices).
    static let catalog: LicenseCatalog = {
        var fingerprints: [LicenseFingerprint] = []
        for file in files {
            let lines = file.lines
            let kind = file.document == .agreement ? "agreement" : "use-policy"
            if let split = file.appendedPolicyLine {
                fingerprints += [
                    FingerprintBuilder.fingerprint(of: Array(lines[..<(split - 1)]), name: "\(file.folder).agreement", licenseID: file.licenseID, document: .agreement, source: nil),
                    FingerprintBuilder.fingerprint(of: Array(lines[(split - 1)...]), name: "\(file.folder).appended-use-policy", licenseID: file.licenseID, document: .usePolicy, source: nil),
                ].compactMap { $0 }
            } else if let fingerprint = FingerprintBuilder.fingerprint(of: lines, name: "\(file.folder).\(kind)", licenseID: file.licenseID, document: file.document, source: nil) {
                fingerprints.append(fingerprint)
            }
        }
        return LicenseCatalog(fingerprints: fingerprints)
    }()

    static let identifier = LicenseIdentifier(catalog: catalog)

    /// Identifies `lines` against the reference catalog.
    static func identify(_ lines: [String]) -> [LicenseMatch] {
        identifier.identify(TextDocument(path: "LICENSE", lines: lines), reportingUnknownAs: .agreement)
    }
}
