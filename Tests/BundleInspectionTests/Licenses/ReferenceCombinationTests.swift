import BundleInspection
import BundleModel
import Testing

/// Several documents in one file, and texts that must never be taken for one another.
@Suite(.enabled(if: ReferenceTexts.isAvailable, ReferenceTexts.skipReason))
struct ReferenceCombinationTests {
    @Test("no reference text is identified as another license id or version (confusion matrix)")
    func confusionMatrix() {
        var confusions: [String] = []
        for file in ReferenceTexts.files {
            let expected = file.expected.map(\.fingerprint)
            for match in ReferenceTexts.identify(file.lines)
            where match.licenseID != file.licenseID || !expected.contains(match.fingerprint ?? "") {
                confusions.append(
                    "\(file) → \(match.licenseID ?? "unknown") (\(match.fingerprint ?? "-"), \(match.similarity))")
            }
        }
        #expect(confusions.isEmpty, "\(confusions.joined(separator: "\n"))")
        #expect(ReferenceTexts.files.count >= 100, "every reference text is in the matrix")
    }

    static let pairs: [(String, String)] = [
        ("llama3.1", "llama3.2"), ("llama3.2", "llama3.3"), ("llama3.3", "llama4"), ("llama4", "llama3.1"),
        ("gemma", "gemma-2025"), ("apache-2.0", "mit"), ("mit", "llama2"), ("qwen", "tongyi-qianwen"),
        ("creativeml-openrail-m", "openrail++"), ("cc-by-4.0", "cc-by-nc-4.0"), ("bigscience-openrail-m", "deepseek"),
        ("cc-by-2.0", "cc-by-2.5"), ("cc-by-3.0", "cc-by-4.0"), ("cc-by-sa-3.0", "cc-by-nc-sa-3.0"),
        ("cc-by-nc-nd-4.0", "cc-by-nd-4.0"),
        ("gpl-2.0", "gpl-3.0"), ("lgpl-2.1", "lgpl-3.0"), ("eupl-1.1", "eupl-1.2"), ("epl-1.0", "epl-2.0"),
        ("bsd-2-clause", "bsd-3-clause"),
        ("sai-nc-community", "stabilityai-ai-community"), ("gemma-2025", "llama3"), ("mit", "isc"),
    ]

    @Test("two licenses concatenated in one file are both found, each with its lines", arguments: pairs)
    func concatenated(_ first: String, _ second: String) throws {
        let a = try #require(ReferenceTexts.file(first))
        let b = try #require(ReferenceTexts.file(second))
        let lines = a.lines + ["", ""] + b.lines
        let matches = ReferenceTexts.identify(lines)
        #expect(
            matches.map(\.fingerprint) == (a.expected + b.expected).map(\.fingerprint),
            "\(matches.map { "\($0.fingerprint ?? "?")@\($0.startLine)-\($0.endLine)" })")
        #expect(matches.allSatisfy { $0.status == .canonical })
        if matches.count == 2 {
            #expect(matches[0].endLine <= a.lines.count)
            #expect(matches[1].startLine == a.lines.count + 3)
            #expect(matches[1].endLine <= lines.count)
        }
    }

    @Test(
        "a license with its use policy appended is the agreement, then the use policy",
        arguments: ["llama2", "llama3.1", "llama3.2", "llama3.3", "llama4", "gemma"])
    func usePolicyAppended(_ folder: String) throws {
        let license = try #require(ReferenceTexts.file(folder))
        let policy = try #require(
            ReferenceTexts.file(folder, "USE_POLICY.md") ?? ReferenceTexts.file(folder, "PROHIBITED_USE_POLICY"))
        let matches = ReferenceTexts.identify(license.lines + [""] + policy.lines)
        #expect(matches.map(\.document) == [.agreement, .usePolicy])
        #expect(matches.map(\.licenseID) == [license.licenseID, license.licenseID])
        #expect(matches.allSatisfy { $0.status == .canonical })
        #expect(matches.last?.startLine == license.lines.count + 2)
    }

    @Test("a separator heading between a license and its use policy alters neither")
    func separatorBetweenDocuments() throws {
        let license = try #require(ReferenceTexts.file("llama3.1"))
        let policy = try #require(ReferenceTexts.file("llama3.1", "USE_POLICY.md"))
        let matches = ReferenceTexts.identify(
            license.lines + ["", "=== Appendix: acceptable use ===", ""] + policy.lines)
        #expect(matches.map(\.document) == [.agreement, .usePolicy])
        #expect(matches.allSatisfy { $0.status == .canonical }, "\(matches.map(\.differences))")
    }

    @Test("a text no fingerprint knows is unknown, with the best similarity")
    func unknownText() throws {
        let lines = [
            "ACME OPEN WEIGHTS LICENSE", "",
            "You may use these weights for anything, provided you keep this file with them.",
            "There is no warranty of any kind.",
        ]
        let match = try #require(ReferenceTexts.identify(lines).first)
        #expect(match.licenseID == nil)
        #expect(match.status == .unknown)
        #expect(match.startLine == 1)
        #expect(match.endLine == 4)
        #expect(match.title?.text == "ACME OPEN WEIGHTS LICENSE")
        #expect(match.similarity < 0.2)
    }

    @Test("half a license is still that license, altered, with the rest missing")
    func truncatedCopy() throws {
        let file = try #require(ReferenceTexts.file("llama3.2"))
        let lines = Array(file.lines.prefix(file.lines.count / 2))
        let match = try #require(ReferenceTexts.identify(lines).first)
        #expect(match.licenseID == "llama3.2")
        #expect(match.status == .altered)
        #expect(match.differences.last?.kind == .missing)
    }
}
