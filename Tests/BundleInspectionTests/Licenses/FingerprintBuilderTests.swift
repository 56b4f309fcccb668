import BundleInspection
import BundleModel
import Foundation
import Testing

@Suite struct FingerprintBuilderTests {
    @Test("a fingerprint keeps the title, the version line and one hash per sentence")
    func keepsTitleVersionAndSentences() throws {
        let fingerprint = try #require(SyntheticLicense.fingerprint())
        #expect(fingerprint.title == "ACME MODEL LICENSE 1.0")
        #expect(fingerprint.versionLine == "Acme Model 1.0 Version Date: May 1, 2030")
        #expect(fingerprint.licenseID == "acme-1.0")
        #expect(fingerprint.name == "acme-1.0.agreement")
        #expect(fingerprint.sentences.count > 10)
        #expect(fingerprint.totalWords == fingerprint.sentences.reduce(0) { $0 + $1.words })
    }

    @Test("sentences are labelled with their section")
    func labelsSections() throws {
        let fingerprint = try #require(SyntheticLicense.fingerprint())
        let sections = fingerprint.sentences.compactMap(\.section)
        for label in ["1", "1.a", "1.b", "1.b.i", "1.b.ii", "2", "3", "4"] {
            #expect(sections.contains(label), "\(label) in \(sections)")
        }
        #expect(fingerprint.sentences.first?.section == nil)
    }

    @Test("the JSON holds no sentence of the text, only hashes")
    func holdsNoText() throws {
        let fingerprint = try #require(SyntheticLicense.fingerprint())
        let json = String(decoding: try JSONEncoder().encode(fingerprint), as: UTF8.self)
        #expect(!json.contains("recipient"))
        #expect(!json.contains("Nowhere"))
        let decoded = try JSONDecoder().decode(LicenseFingerprint.self, from: Data(json.utf8))
        #expect(decoded == fingerprint)
    }

    @Test("a text without words has no fingerprint")
    func emptyText() {
        #expect(
            FingerprintBuilder.fingerprint(
                of: ["", "  ", "---"], name: "x", licenseID: "x", document: .agreement, source: nil) == nil)
    }

    @Test(
        "titles and dates are found in the usual layouts",
        arguments: [
            (
                ["Some License", "Version 2.0, January 2031", "", "Text follows here and goes on."], "Some License",
                "Version 2.0, January 2031"
            ),
            (
                [
                    "Copyright (c) 2030 Someone", "", "**Some Terms of Use**", "", "Last modified: March 3, 2031", "",
                    "Text follows.",
                ], "Some Terms of Use", "Last modified: March 3, 2031"
            ),
            (
                [
                    "Permission is granted to anyone who wants it, for free, to use",
                    "the thing for any purpose at all.",
                ], nil, nil
            ),
            (["# A Use Policy", "We want everyone to use it safely and well."], "A Use Policy", nil),
        ] as [([String], String?, String?)])
    func findsHeaderLines(_ lines: [String], _ title: String?, _ version: String?) throws {
        let fingerprint = try #require(
            FingerprintBuilder.fingerprint(of: lines, name: "x", licenseID: "x", document: .agreement, source: nil))
        #expect(fingerprint.title == title)
        #expect(fingerprint.versionLine == version)
    }
}
