import BundleInspection
import BundleModel
import Clearance
import Foundation
import PolicyEngine
import Testing

/// The license catalog built from the built-in packs: their fingerprints and notice lines.
@Suite struct BuiltinCatalogTests {
    static let catalog = try? Clearance.policies(directory: nil).licenseCatalog()
    static let notices = catalog?.notices ?? []

    @Test("the compiled fingerprints the binary loads are the committed ones")
    func compiledFingerprintsMatch() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../policies")
        let policies = try Clearance.policies(directory: nil)
        let files = policies.dataFiles.keys.filter { $0.hasPrefix("fingerprints/") }
        #expect(!files.isEmpty)
        for file in files {
            guard case .compiledFingerprint(let compiled) = policies.dataFiles[file] else {
                Issue.record("\(file) is not compiled")
                continue
            }
            let fromJSON = try LicenseCatalogLoader.loadFingerprint(file: folder.appendingPathComponent(file).path)
            #expect(fromJSON == compiled, "\(file)")
        }
    }

    @Test("every fingerprint file under policies/fingerprints is in the catalog, and its license has a pack")
    func everyFingerprintIsInTheCatalog() throws {
        let policies = try PolicySet.builtin()
        let catalog = try #require(Self.catalog)
        let files = policies.dataFiles.keys.filter { $0.hasPrefix("fingerprints/") && $0.hasSuffix(".json") }
        #expect(catalog.fingerprints.map { "fingerprints/\($0.name).json" }.sorted() == files.sorted())
        #expect(catalog.fingerprints.count == 101)
        #expect(Set(catalog.fingerprints.map(\.licenseID)).count == 86)
        let listed = policies.sortedPacks.flatMap { $0.identification?.fingerprints ?? [] }
        #expect(Set(listed).isSubset(of: Set(files)))
        let withoutPack = catalog.fingerprints.filter { policies.packs[$0.licenseID] == nil }.map(\.licenseID)
        #expect(withoutPack.isEmpty, "texts of licenses no pack encodes: \(withoutPack)")
    }

    /// One line per license, but FLUX.1 [dev] (two lines, in the wording of each of its two texts)
    /// and Tencent Hunyuan (Hunyuan3D 2.0 names itself in its own).
    @Test("every license with a fixed notice line has its lines, one per text where the texts differ")
    func noticeLinesPerLicense() {
        let ids = Self.notices.map(\.licenseID)
        #expect(
            ids.sorted() == [
                "apple-amlr", "deepfloyd-if-license", "flux-1-dev-non-commercial-license",
                "flux-1-dev-non-commercial-license",
                "flux-1-dev-non-commercial-license", "flux-1-dev-non-commercial-license", "gemma",
                "health-ai-developer-foundations",
                "llama1", "llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4", "mnpl", "mrl",
                "nvidia-open-model-license", "qwen", "qwen-research", "sai-nc-community", "stabilityai-ai-community",
                "tencent-hunyuan-community", "tencent-hunyuan-community", "tongyi-qianwen", "tongyi-qianwen-research",
            ])
    }

    @Test("each committed notice is found exactly as itself and as no other")
    func findsEachNotice() {
        let finder = NoticeLineFinder(notices: Self.notices)
        for notice in Self.notices {
            let found = finder.find(in: TextDocument(path: "NOTICE", lines: ["“\(notice.text)”"]))
            #expect(found.map(\.licenseID) == [notice.licenseID], "\(notice.licenseID): \(found)")
            #expect(found.allSatisfy { $0.isExact })
        }
    }

    @Test("a Llama notice with the wrong version is near the versions it mixes")
    func llamaWrongVersion() {
        let finder = NoticeLineFinder(notices: Self.notices)
        let line =
            "Llama 3.2 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved."
        let found = finder.find(in: TextDocument(path: "NOTICE", lines: [line]))
        #expect(found.map(\.licenseID) == ["llama3.1", "llama3.2"])
        #expect(found.allSatisfy { !$0.isExact })
    }

    @Test("a Llama 2 notice wrapped as in Meta's file is exact")
    func llama2Wrapped() {
        let finder = NoticeLineFinder(notices: Self.notices)
        let found = finder.find(
            in: TextDocument(
                path: "NOTICE",
                lines: [
                    "\"Llama 2 is licensed under the LLAMA 2 Community License,",
                    "Copyright (c) Meta Platforms, Inc. All Rights Reserved.\"",
                ]))
        #expect(found.map(\.licenseID) == ["llama2"])
        #expect(found.first?.isExact == true)
    }
}
