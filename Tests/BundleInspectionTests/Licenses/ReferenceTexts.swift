import BundleInspection
import BundleModel
import Foundation
import TestSupport
import Testing

/// The reference license texts (`ReferenceData`), when they are there, and what each must be
/// identified as.
enum ReferenceTexts {
    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let directory = ReferenceData.licenses

    static let isAvailable = ReferenceData.isAvailable

    static let skipReason = Comment(rawValue: ReferenceData.skipMessage)

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

        /// The fingerprint the file is: `<folder>.<document>`, and for an earlier or sibling
        /// version kept beside the LICENSE (`LICENSE-2024-08-01`) `<folder>-<version>.agreement`.
        var fingerprintName: String {
            let kind = document == .agreement ? "agreement" : "use-policy"
            guard name.hasPrefix("LICENSE-") else { return "\(folder).\(kind)" }
            return "\(folder)-\(name.dropFirst("LICENSE-".count).lowercased()).\(kind)"
        }

        /// The file's lines as they are.
        var fileLines: [String] {
            let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
            return TextDocument(path: description, text: String(decoding: data, as: UTF8.self)).lines
        }

        /// The license's own text, which its fingerprint covers: the file, but for the Apache-2.0
        /// appendix ("How to apply the Apache License"), a boilerplate people fill in or drop.
        var lines: [String] {
            let all = fileLines
            guard name == "LICENSE",
                let appendix = all.firstIndex(where: {
                    $0.trimmingCharacters(in: .whitespaces).hasPrefix("APPENDIX: How to apply the Apache License")
                })
            else { return all }
            return Array(all[..<appendix])
        }

        /// The line of a Llama Acceptable Use Policy title inside a LICENSE, if one is appended.
        var appendedPolicyLine: Int? {
            guard name == "LICENSE" else { return nil }
            return lines.firstIndex { line in
                let text = line.trimmingCharacters(in: CharacterSet(charactersIn: " #*"))
                return text.hasSuffix("Acceptable Use Policy")
                    && (text.hasPrefix("Llama ") || text.hasPrefix("Meta Llama "))
            }.map { $0 + 1 }
        }

        var expected: [Expected] {
            var expected = [Expected(licenseID: licenseID, document: document, fingerprint: fingerprintName)]
            if appendedPolicyLine != nil {
                expected.append(
                    Expected(licenseID: licenseID, document: .usePolicy, fingerprint: "\(folder).appended-use-policy"))
            }
            return expected
        }
    }

    /// The use-policy files a folder may hold beside its LICENSE.
    static let usePolicyNames: Set<String> = ["USE_POLICY.md", "PROHIBITED_USE_POLICY", "ACCEPTABLE_USE_POLICY"]

    /// Every reference file, sorted: each folder's LICENSE, the other versions beside it
    /// (`LICENSE-<version>`) and its use policy.
    static let files: [File] = {
        guard isAvailable, let folders = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            return []
        }
        var files: [File] = []
        for folder in folders.sorted() {
            let names =
                (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path))
                ?? []
            for name in names.sorted() {
                if name == "LICENSE" || name.hasPrefix("LICENSE-") {
                    files.append(File(folder: folder, name: name, document: .agreement))
                } else if usePolicyNames.contains(name) {
                    files.append(File(folder: folder, name: name, document: .usePolicy))
                }
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
            if let split = file.appendedPolicyLine {
                fingerprints += [
                    FingerprintBuilder.fingerprint(
                        of: Array(lines[..<(split - 1)]), name: "\(file.folder).agreement", licenseID: file.licenseID,
                        document: .agreement, source: nil),
                    FingerprintBuilder.fingerprint(
                        of: Array(lines[(split - 1)...]), name: "\(file.folder).appended-use-policy",
                        licenseID: file.licenseID, document: .usePolicy, source: nil),
                ].compactMap { $0 }
            } else if let fingerprint = FingerprintBuilder.fingerprint(
                of: lines, name: file.fingerprintName, licenseID: file.licenseID, document: file.document, source: nil)
            {
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
