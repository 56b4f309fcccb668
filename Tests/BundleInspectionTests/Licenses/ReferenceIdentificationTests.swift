import BundleInspection
import BundleModel
import Testing

/// Every reference license text is recognised as itself, canonical, whatever its form.
@Suite(.enabled(if: ReferenceTexts.isAvailable, ReferenceTexts.skipReason))
struct ReferenceIdentificationTests {
    @Test("a reference text is identified as its own license, canonical", arguments: ReferenceTexts.files)
    func identifiesReferenceText(_ file: ReferenceTexts.File) {
        let matches = ReferenceTexts.identify(file.lines)
        #expect(matches.map(\.fingerprint) == file.expected.map(\.fingerprint), "\(file): \(summary(matches))")
        #expect(matches.map(\.licenseID) == file.expected.map(\.licenseID))
        #expect(matches.map(\.document) == file.expected.map(\.document))
        for match in matches {
            #expect(match.status == .canonical, "\(file): \(match.differences)")
            #expect(match.similarity == 1)
        }
        #expect(matches.first?.startLine == 1)
    }

    @Test(
        "a reference text is identified after a change of form", arguments: ReferenceTexts.files, TextTransformation.all
    )
    func identifiesTransformedText(_ file: ReferenceTexts.File, _ transformation: TextTransformation) {
        let document = transformation.document(file.lines)
        let matches = ReferenceTexts.identifier.identify(document, reportingUnknownAs: .agreement)
        #expect(
            matches.map(\.fingerprint) == file.expected.map(\.fingerprint),
            "\(file), \(transformation): \(summary(matches))")
        for match in matches {
            #expect(match.status == .canonical, "\(file), \(transformation): \(match.differences)")
        }
    }

    @Test("the title and version lines are found where they are")
    func findsTitleAndVersionLines() throws {
        let expectations: [(folder: String, title: String, version: String?)] = [
            ("llama2", "LLAMA 2 COMMUNITY LICENSE AGREEMENT", "Llama 2 Version Release Date: July 18, 2023"),
            ("llama3", "META LLAMA 3 COMMUNITY LICENSE AGREEMENT", "Meta Llama 3 Version Release Date: April 18, 2024"),
            ("llama3.1", "LLAMA 3.1 COMMUNITY LICENSE AGREEMENT", "Llama 3.1 Version Release Date: July 23, 2024"),
            ("llama3.2", "LLAMA 3.2 COMMUNITY LICENSE AGREEMENT", "Llama 3.2 Version Release Date: September 25, 2024"),
            ("llama3.3", "LLAMA 3.3 COMMUNITY LICENSE AGREEMENT", "Llama 3.3 Version Release Date: December 6, 2024"),
            ("llama4", "LLAMA 4 COMMUNITY LICENSE AGREEMENT", "Llama 4 Version Effective Date: April 5, 2025"),
            ("gemma", "Gemma Terms of Use", "Last modified: April 1, 2024"),
            ("gemma-2025", "Gemma Terms of Use", "Last modified: March 24, 2025"),
            ("qwen", "Qwen LICENSE AGREEMENT", "Qwen LICENSE AGREEMENT Release Date: September 19, 2024"),
            ("tongyi-qianwen", "Tongyi Qianwen LICENSE AGREEMENT", "Tongyi Qianwen Release Date: August 3, 2023"),
            ("llama1", "LLaMA LICENSE AGREEMENT", nil),
        ]
        for expectation in expectations {
            let file = try #require(ReferenceTexts.file(expectation.folder))
            let lines = file.lines
            let match = try #require(ReferenceTexts.identify(lines).first)
            let title = try #require(match.title, "\(file)")
            #expect(title.text == expectation.title)
            #expect(lines[title.line - 1].contains(expectation.title.prefix(10)))
            #expect(match.versionLine?.text == expectation.version, "\(file)")
            if let version = match.versionLine {
                #expect(lines[version.line - 1].contains(version.text.suffix(8)))
            }
        }
    }

    @Test("the Apache-2.0 LICENSE is canonical with its appendix kept, filled in or dropped")
    func apacheAppendixIsNoTerm() throws {
        let file = try #require(ReferenceTexts.file("apache-2.0"))
        let kept = file.fileLines
        let filled = kept.map {
            $0.replacingOccurrences(
                of: "Copyright [yyyy] [name of copyright owner]", with: "Copyright 2024 Alibaba Cloud")
        }
        #expect(filled != kept)
        for lines in [kept, filled, file.lines] {
            let match = try #require(ReferenceTexts.identify(lines).first)
            #expect(match.licenseID == "apache-2.0")
            #expect(match.status == .canonical, "\(match.differences)")
        }
    }

    @Test("gemma-2025 is the gemma license, told apart by its version line")
    func tellsGemmaVersionsApart() throws {
        let file = try #require(ReferenceTexts.file("gemma-2025"))
        let match = try #require(ReferenceTexts.identify(file.lines).first)
        #expect(match.licenseID == "gemma")
        #expect(match.fingerprint == "gemma-2025.agreement")
        #expect(match.versionLine?.text == "Last modified: March 24, 2025")
    }

    @Test("the Llama 3 LICENSE with its use policy appended is the agreement then the use policy")
    func splitsLlama3AppendedPolicy() throws {
        let file = try #require(ReferenceTexts.file("llama3"))
        let split = try #require(file.appendedPolicyLine)
        let matches = ReferenceTexts.identify(file.lines)
        try #require(matches.count == 2)
        #expect(matches[0].document == .agreement)
        #expect(matches[0].endLine < split)
        #expect(matches[1].document == .usePolicy)
        #expect(matches[1].startLine == split)
        #expect(matches[1].title?.text == "Meta Llama 3 Acceptable Use Policy")
    }

    private func summary(_ matches: [LicenseMatch]) -> String {
        matches.map {
            "\($0.fingerprint ?? "unknown")@\($0.startLine)-\($0.endLine) \($0.status.rawValue) \($0.similarity)"
        }.joined(separator: "; ")
    }
}
