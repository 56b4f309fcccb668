import BundleInspection
import BundleModel
import Testing

@Suite struct LicenseIdentifierTests {
    @Test("a canonical copy is identified with its title and version lines")
    func canonicalCopy() throws {
        let matches = SyntheticLicense.identify(SyntheticLicense.lines())
        let match = try #require(matches.first)
        #expect(matches.count == 1)
        #expect(match.licenseID == "acme-1.0")
        #expect(match.fingerprint == "acme-1.0.agreement")
        #expect(match.status == .canonical)
        #expect(match.similarity == 1)
        #expect(match.startLine == 1)
        #expect(match.endLine == 14)
        #expect(match.title == TextLine(line: 1, text: "ACME MODEL LICENSE 1.0"))
        #expect(match.versionLine == TextLine(line: 3, text: "Acme Model 1.0 Version Date: May 1, 2030"))
    }

    @Test("versions that differ only in numbers are told apart")
    func versionsApart() throws {
        let match = try #require(
            SyntheticLicense.identify(SyntheticLicense.lines(version: "2.0", date: "June 2, 2031")).first)
        #expect(match.licenseID == "acme-2.0")
        #expect(match.status == .canonical)
    }

    @Test("a copy survives changes of form", arguments: TextTransformation.all)
    func changesOfForm(_ transformation: TextTransformation) throws {
        let matches = SyntheticLicense.identifier.identify(
            transformation.document(SyntheticLicense.lines()), reportingUnknownAs: .agreement)
        #expect(matches.map(\.licenseID) == ["acme-1.0"])
        #expect(matches.first?.status == .canonical, "\(matches.first?.differences ?? [])")
    }

    @Test("a changed number is a change in its section, at its line")
    func changedNumber() throws {
        var lines = SyntheticLicense.lines()
        lines[11] = lines[11].replacing("500 million", with: "600 million")
        let match = try #require(SyntheticLicense.identify(lines).first)
        #expect(match.licenseID == "acme-1.0")
        #expect(match.status == .altered)
        #expect(match.similarity < 1)
        #expect(
            match.differences == [
                TextDifference(
                    kind: .changed, section: "2", line: 12,
                    excerpt:
                        "If your services reach more than 600 million monthly users you must ask Acme for another license"
                )
            ])
    }

    @Test("a deleted clause is missing, in its section")
    func deletedClause() throws {
        var lines = SyntheticLicense.lines()
        lines.remove(at: 10)
        let match = try #require(SyntheticLicense.identify(lines).first)
        #expect(match.status == .altered)
        #expect(match.differences.map(\.kind) == [.missing])
        #expect(match.differences.first?.section == "1.b.ii")
        #expect(match.differences.first?.line == 11, "where the copy resumes after the missing clause")
    }

    @Test("an added sentence is added, at its line")
    func addedSentence() throws {
        var lines = SyntheticLicense.lines()
        lines.insert("You also agree to tell Acme about any bug you find in the weights.", at: 8)
        let match = try #require(SyntheticLicense.identify(lines).first)
        #expect(match.status == .altered)
        #expect(match.similarity == 1)
        #expect(match.differences.map(\.kind) == [.added])
        #expect(match.differences.first?.line == 9)
        #expect(match.differences.first?.section == "1.a")
    }

    @Test("a project header above the text stays outside the copy")
    func projectHeader() throws {
        let match = try #require(
            SyntheticLicense.identify(TextTransformation.projectHeader + SyntheticLicense.lines()).first)
        #expect(match.status == .canonical)
        #expect(match.startLine == 5)
        #expect(match.title?.line == 5)
    }

    @Test("two licenses in one file are two documents, each with its lines")
    func concatenated() {
        let first = SyntheticLicense.lines(version: "2.0", date: "June 2, 2031")
        let matches = SyntheticLicense.identify(first + [""] + SyntheticLicense.lines())
        #expect(matches.map(\.licenseID) == ["acme-2.0", "acme-1.0"])
        #expect(matches.map(\.startLine) == [1, 16])
        #expect(matches.map(\.endLine) == [14, 29])
        #expect(matches.allSatisfy { $0.status == .canonical })
    }

    @Test("a text nothing matches is one unknown document when unknowns are asked for")
    func unknownText() throws {
        let lines = ["OTHER LICENSE", "", "Do what you like with these weights, but do not blame us."]
        let match = try #require(SyntheticLicense.identify(lines).first)
        #expect(
            match
                == LicenseMatch(
                    licenseID: nil, document: .agreement, similarity: 0, status: .unknown, startLine: 1, endLine: 3,
                    title: TextLine(line: 1, text: "OTHER LICENSE")))
        #expect(SyntheticLicense.identify(lines, unknownAs: nil).isEmpty)
    }

    @Test("a long unclaimed stretch next to a known license is reported unknown")
    func unknownStretch() {
        let own = (1...12).map {
            "Our own clause number \($0) says something different from every known license text here."
        }
        let matches = SyntheticLicense.identify(SyntheticLicense.lines() + [""] + own, unknownAs: .agreement)
        #expect(matches.map(\.licenseID) == ["acme-1.0", nil])
        #expect(matches.last?.startLine == 16)
    }

    @Test("a copy under another title is another document unless nearly identical")
    func otherTitle() throws {
        var lines = SyntheticLicense.lines()
        lines[0] = "ACME MODEL RESEARCH LICENSE 1.0"
        let retitled = try #require(SyntheticLicense.identify(lines).first)
        #expect(retitled.licenseID == "acme-1.0")
        #expect(retitled.status == .altered)
        #expect(retitled.title == TextLine(line: 1, text: "ACME MODEL RESEARCH LICENSE 1.0"))

        lines[11] = "2. Limits. You may not use the Model for any commercial purpose at all."
        lines[12] = "3. Research. The Model is for research and evaluation only."
        let research = try #require(SyntheticLicense.identify(lines).first)
        #expect(research.licenseID == nil)
        #expect(research.status == .unknown)
        #expect(research.similarity > 0.5)
        #expect(research.title?.text == "ACME MODEL RESEARCH LICENSE 1.0")
        #expect(SyntheticLicense.identify(lines, unknownAs: nil).map(\.status) == [.unknown])
    }

    @Test("an empty catalog recognises nothing")
    func emptyCatalog() throws {
        let match = try #require(
            LicenseIdentifier(catalog: .empty).identify(
                TextDocument(path: "LICENSE", lines: SyntheticLicense.lines()), reportingUnknownAs: .usePolicy
            ).first)
        #expect(match.licenseID == nil)
        #expect(match.document == .usePolicy)
    }

    @Test("identification stays bounded on a large repetitive text", .timeLimit(.minutes(1)))
    func largeRepetitiveText() {
        let lines = Array(repeating: "Acme Model 1.0 Version Date: May 1, 2030. Use. Sharing.", count: 20_000)
        let matches = SyntheticLicense.identify(lines)
        #expect(!matches.isEmpty)
    }
}
