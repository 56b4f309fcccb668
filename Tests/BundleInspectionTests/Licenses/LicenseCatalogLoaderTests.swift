import BundleInspection
import BundleModel
import Foundation
import TestSupport
import Testing

@Suite struct LicenseCatalogLoaderTests {
    private func write(_ files: [String: String], in directory: TemporaryDirectory) throws {
        for (name, text) in files { try directory.write(name, text) }
    }

    private let fingerprint =
        #"{"schemaVersion": 1, "name": "a.agreement", "licenseID": "a", "document": "agreement", "sentences": [{"hash": "00000000000000ff", "words": 3, "section": "1"}]}"#

    @Test("a directory of fingerprints loads, by file name")
    func loads() throws {
        let folder = try TemporaryDirectory()
        try write(
            [
                "b.json": fingerprint.replacing("a.agreement", with: "b.agreement"),
                "a.json": fingerprint,
                "README.md": "not data",
            ], in: folder)
        let catalog = try LicenseCatalogLoader.load(directory: folder.path)
        #expect(catalog.fingerprints.map(\.name) == ["a.agreement", "b.agreement"])
        #expect(catalog.fingerprints.first?.sentences == [FingerprintSentence(hash: 255, words: 3, section: "1")])
        #expect(catalog.notices.isEmpty)
    }

    @Test(
        "bad files are errors that name the file",
        arguments: [
            ("{", "invalid"),
            (
                #"{"schemaVersion": 1, "name": "a", "licenseID": "a", "document": "agreement", "sentences": [], "extra": 1}"#,
                "unknown key \"extra\""
            ),
            (
                #"{"schemaVersion": 2, "name": "a", "licenseID": "a", "document": "agreement", "sentences": [{"hash": "00000000000000ff", "words": 3}]}"#,
                "schemaVersion 2"
            ),
            (
                #"{"schemaVersion": 1, "name": "a", "licenseID": "a", "document": "agreement", "sentences": [{"hash": "xyz", "words": 3}]}"#,
                "16 hex digits"
            ),
            (
                #"{"schemaVersion": 1, "name": "a", "licenseID": "a", "document": "contract", "sentences": []}"#,
                "invalid"
            ),
            (
                #"{"schemaVersion": 1, "name": "a", "licenseID": "a", "document": "agreement", "sentences": []}"#,
                "needs a name"
            ),
        ])
    func badFile(_ text: String, _ cause: String) throws {
        let folder = try TemporaryDirectory()
        try folder.write("bad.json", text)
        do {
            _ = try LicenseCatalogLoader.load(directory: folder.path)
            Issue.record("loaded \(text)")
        } catch let error as LicenseDataError {
            #expect(error.description.contains("bad.json"))
            #expect(error.description.contains(cause), "\(error)")
        }
    }

    @Test("two fingerprints with one name are an error")
    func duplicateName() throws {
        let folder = try TemporaryDirectory()
        try write(["a.json": fingerprint, "b.json": fingerprint], in: folder)
        #expect(throws: LicenseDataError.duplicateFingerprint(path: folder.path + "/b.json", name: "a.agreement")) {
            try LicenseCatalogLoader.load(directory: folder.path)
        }
    }

    @Test("a missing directory is an error that names it")
    func missingDirectory() {
        #expect(throws: LicenseDataError.unreadable(path: "/nonexistent/clearance", reason: "not a readable directory"))
        {
            try LicenseCatalogLoader.load(directory: "/nonexistent/clearance")
        }
    }

    @Test("a catalog survives a JSON round trip")
    func roundTrip() throws {
        let data = try JSONEncoder().encode(SyntheticLicense.catalog)
        #expect(try JSONDecoder().decode(LicenseCatalog.self, from: data) == SyntheticLicense.catalog)
    }
}
