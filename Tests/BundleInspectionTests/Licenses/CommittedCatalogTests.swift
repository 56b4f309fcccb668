import BundleInspection
import BundleModel
import Foundation
import Testing

@Suite struct CommittedCatalogTests {
    static let contractIDs: Set<String> = [
        "llama1", "llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4", "gemma", "qwen",
        "qwen-research", "tongyi-qianwen", "tongyi-qianwen-research", "mrl", "nvidia-open-model-license",
        "deepseek", "falcon-2-11b", "falcon-180b", "bigscience-openrail-m", "bigscience-bloom-rail-1.0",
        "creativeml-openrail-m", "openrail++", "apache-2.0", "mit", "cc-by-4.0", "cc-by-nc-4.0",
    ]

    @Test("the committed catalog loads, each fingerprint named after its license id, every contract id with a text")
    func loads() throws {
        let catalog = try CommittedCatalog.load()
        for fingerprint in catalog.fingerprints {
            let folder = fingerprint.name.split(separator: ".").dropLast().joined(separator: ".")
            let isVersionOfItsLicense = folder == fingerprint.licenseID || folder.hasPrefix(fingerprint.licenseID + "-")
            #expect(isVersionOfItsLicense, "\(fingerprint.name) is \(fingerprint.licenseID)")
            #expect(Self.isLicenseID(fingerprint.licenseID), "\(fingerprint.name): \(fingerprint.licenseID)")
            #expect(fingerprint.sentences.allSatisfy { $0.words > 0 })
        }
        let ids = Set(catalog.fingerprints.map(\.licenseID))
        let withoutText: Set<String> = ["qwen-research", "tongyi-qianwen-research", "mrl", "falcon-180b"]
        #expect(
            Self.contractIDs.subtracting(withoutText).isSubset(of: ids),
            "\(Self.contractIDs.subtracting(withoutText).subtracting(ids))")
        #expect(ids.count >= 80)
    }

    /// A Hugging Face style license id: lower case letters, digits, `.`, `-` and `+`.
    static func isLicenseID(_ id: String) -> Bool {
        !id.isEmpty
            && id.allSatisfy {
                ($0.isLowercase && $0.isASCII) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "+"
            }
    }

    @Test("the committed files hold no license text: no string longer than a title")
    func holdsNoText() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: CommittedCatalog.directory.path).filter {
            $0.hasSuffix(".json")
        }
        for file in files {
            let data = try Data(contentsOf: CommittedCatalog.directory.appendingPathComponent(file))
            let fingerprint = try JSONDecoder().decode(LicenseFingerprint.self, from: data)
            for phrase in [fingerprint.title, fingerprint.versionLine].compactMap({ $0 }) {
                #expect(phrase.count <= 80, "\(file): \(phrase)")
            }
            #expect(fingerprint.sentences.allSatisfy { ($0.section ?? "").count <= 20 }, "\(file)")
        }
    }

    @Test(
        "the committed fingerprints are what dev/fingerprints makes of the reference texts",
        .enabled(if: ReferenceTexts.isAvailable, ReferenceTexts.skipReason))
    func upToDate() throws {
        let committed = try CommittedCatalog.load().fingerprints
        let built = ReferenceTexts.catalog.fingerprints
        #expect(committed.map(\.name).sorted() == built.map(\.name).sorted(), "run dev/fingerprints")
        for fingerprint in built {
            var stored = try #require(committed.first { $0.name == fingerprint.name })
            stored.source = nil
            let isCurrent = stored == fingerprint
            #expect(isCurrent, "\(fingerprint.name) is stale: run dev/fingerprints")
        }
    }
}
