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

    @Test("the committed catalog loads, with license ids of the contract")
    func loads() throws {
        let catalog = try CommittedCatalog.load()
        #expect(!catalog.fingerprints.isEmpty)
        for fingerprint in catalog.fingerprints {
            #expect(Self.contractIDs.contains(fingerprint.licenseID), "\(fingerprint.name)")
            #expect(fingerprint.sentences.allSatisfy { $0.words > 0 })
        }
    }

    @Test("the committed files hold no license text: no string longer than a title")
    func holdsNoText() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: CommittedCatalog.directory.path).filter { $0.hasSuffix(".json") }
        for file in files {
            let data = try Data(contentsOf: CommittedCatalog.directory.appendingPathComponent(file))
            let fingerprint = try JSONDecoder().decode(LicenseFingerprint.self, from: data)
            for phrase in [fingerprint.title, fingerprint.versionLine].compactMap({ $0 }) {
                #expect(phrase.count <= 80, "\(file): \(phrase)")
            }
            #expect(fingerprint.sentences.allSatisfy { ($0.section ?? "").count <= 20 }, "\(file)")
        }
    }

    @Test("the committed fingerprints are what dev/fingerprints makes of the reference texts", .enabled(if: ReferenceTexts.isAvailable, ReferenceTexts.skipReason))
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
