import BundleInspection
import BundleModel
import Testing

/// Altered copies of the reference texts are recognised as altered, with the place of the change.
@Suite(.enabled(if: ReferenceTexts.isAvailable, ReferenceTexts.skipReason))
struct ReferenceAlterationTests {
    static let addedSentence = "The distributor adds this sentence of its own to the text."

    @Test("a changed number is a change at its line", arguments: ReferenceTexts.files)
    func changedNumber(_ file: ReferenceTexts.File) throws {
        var lines = file.lines
        guard
            let target = middleLine(
                of: lines, where: { wordCount($0) >= 8 && afterFirstWord($0).contains(where: \.isNumber) })
        else { return }
        lines[target] = changingFirstDigit(lines[target])
        let match = try #require(ReferenceTexts.identify(lines).first { $0.endLine > target })
        #expect(file.expected.map(\.fingerprint).contains(match.fingerprint ?? ""))
        #expect(match.status == .altered)
        #expect(match.similarity < 1)
        #expect(
            match.differences.contains {
                $0.kind == .changed && ($0.line ?? 0)...($0.endLine ?? $0.line ?? 0) ~= target + 1
            }, "\(file): \(match.differences)")
    }

    @Test("a deleted clause is missing, in its section", arguments: ReferenceTexts.files)
    func deletedClause(_ file: ReferenceTexts.File) throws {
        var lines = file.lines
        let target = try #require(clauseLine(of: lines), "\(file) has no sentence line")
        let section = sectionOfLine(target, in: file)
        lines.remove(at: target)
        let match = try #require(ReferenceTexts.identify(lines).first { $0.endLine > target })
        let fingerprint = try #require(ReferenceTexts.catalog.fingerprints.first { $0.name == match.fingerprint })
        #expect(file.expected.map(\.fingerprint).contains(fingerprint.name))
        #expect(match.status == .altered)
        let removal = match.differences.first { $0.kind == .missing || $0.kind == .changed }
        #expect(removal != nil, "\(file): \(match.differences)")
        if let removal, removal.kind == .missing {
            let missing = match.differences.filter { $0.kind == .missing }
            #expect(
                missing.contains { $0.section == section }, "\(file): \(section ?? "no section"): \(match.differences)")
            let resumes = lines[target...].firstIndex { !$0.allSatisfy(\.isWhitespace) }.map { $0 + 1 }
            #expect(
                missing.allSatisfy { $0.line == resumes },
                "\(file): the copy resumes at line \(resumes ?? 0): \(match.differences)")
        }
    }

    @Test("an added sentence is added at its line", arguments: ReferenceTexts.files)
    func addedSentence(_ file: ReferenceTexts.File) throws {
        var lines = file.lines
        let target = try #require(clauseLine(of: lines), "\(file) has no sentence line")
        lines.insert(contentsOf: ["", Self.addedSentence, ""], at: target + 1)
        let match = try #require(ReferenceTexts.identify(lines).first { $0.endLine > target })
        #expect(file.expected.map(\.fingerprint).contains(match.fingerprint ?? ""))
        #expect(match.status == .altered)
        #expect(match.similarity == 1)
        #expect(match.differences.map(\.kind) == [.added])
        #expect(match.differences.first?.line == target + 3)
    }

    @Test("a sentence appended below the text is added at its line", arguments: ReferenceTexts.files)
    func appendedSentence(_ file: ReferenceTexts.File) throws {
        let lines = file.lines + ["", Self.addedSentence]
        let match = try #require(ReferenceTexts.identify(lines).last)
        #expect(file.expected.map(\.fingerprint).contains(match.fingerprint ?? ""))
        #expect(match.status == .altered)
        #expect(match.differences.map(\.kind) == [.added])
        #expect(match.differences.first?.line == lines.count)
        #expect(match.endLine == lines.count)
    }

    @Test("a short text below a copy is not held against it outside a license file")
    func appendedSentenceOutsideALicenseFile() throws {
        let file = try #require(ReferenceTexts.files.first { $0.folder == "llama3.1" && $0.document == .agreement })
        let document = TextDocument(path: "NOTICE", lines: file.lines + ["", Self.addedSentence])
        let match = try #require(ReferenceTexts.identifier.identify(document).first)
        #expect(match.status == .canonical)
    }

    @Test("the Llama 3.1 sections of a change are named")
    func namesLlamaSections() throws {
        let file = try #require(ReferenceTexts.file("llama3.1"))
        var lines = file.lines
        let notice = try #require(lines.firstIndex { $0.contains("iii. You must retain") })
        lines[notice] = lines[notice].replacing("Llama 3.1 is licensed", with: "Llama 3.2 is licensed")
        let commercial = try #require(lines.firstIndex { $0.hasPrefix("2. Additional Commercial Terms") })
        lines[commercial] = lines[commercial].replacing("700 million", with: "900 million")
        let match = try #require(ReferenceTexts.identify(lines).first)
        #expect(match.differences.map(\.kind) == [.changed, .changed])
        #expect(match.differences.map(\.section) == ["1.b.iii", "2"])
        #expect(match.differences.map(\.line) == [notice + 1, commercial + 1])
    }

    @Test("a wrong version line is reported as the version line found, altered")
    func wrongVersionLine() throws {
        let file = try #require(ReferenceTexts.file("llama3.1"))
        var lines = file.lines
        let version = try #require(lines.firstIndex { $0.contains("Version Release Date") })
        lines[version] = " Llama 3.1 Version Release Date: July 24, 2024"
        let match = try #require(ReferenceTexts.identify(lines).first)
        #expect(match.licenseID == "llama3.1")
        #expect(match.status == .altered)
        #expect(match.versionLine == TextLine(line: version + 1, text: "Llama 3.1 Version Release Date: July 24, 2024"))
        #expect(match.differences.first?.line == version + 1)
    }

    /// A line that ends a sentence in the middle of the text: one of at least eight words, or in
    /// a short text that has none (BSD, zlib, WTFPL, a five-line use policy), one of at least three
    /// words that ends a sentence or a list item (`.`, `;`, `:`) before its last line.
    private func clauseLine(of lines: [String]) -> Int? {
        middleLine(of: lines) { wordCount($0) >= 8 && $0.hasSuffix(".") }
            ?? middleLine(of: lines, before: lines.lastIndex { !$0.allSatisfy(\.isWhitespace) } ?? 0) { line in
                wordCount(line) >= 3 && [".", ";", ":"].contains(line.last)
            }
    }

    /// The section label the canonical text gives the last sentence on line index `target`: the
    /// label of the last sentence of the document's text up to that line (nil outside any).
    private func sectionOfLine(_ target: Int, in file: ReferenceTexts.File) -> String? {
        let start = file.appendedPolicyLine.map { target >= $0 - 1 ? $0 - 1 : 0 } ?? 0
        let prefix = Array(file.lines[start...target])
        return FingerprintBuilder.fingerprint(
            of: prefix, name: "prefix", licenseID: "prefix", document: file.document, source: nil
        )
        .flatMap { $0.sentences.last?.section }
    }

    /// The first line from the middle of the text on that satisfies `condition` (trailing
    /// spaces aside), short of the last lines (or of line `end`).
    private func middleLine(of lines: [String], before end: Int? = nil, where condition: (String) -> Bool) -> Int? {
        let middle = lines.count / 2
        let candidates = end.map { lines.indices.prefix($0) } ?? lines.indices.dropLast(3)
        let trimmed = lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        let split = min(middle, candidates.upperBound)
        return candidates[split...].first { condition(trimmed[$0]) }
            ?? candidates[..<split].last { condition(trimmed[$0]) }
    }

    private func wordCount(_ line: String) -> Int {
        line.split(separator: " ").count
    }

    /// The line without its first word (which may be a list number).
    private func afterFirstWord(_ line: String) -> Substring {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.drop { $0 != " " }
    }

    /// The line with its first digit after the first word increased by one.
    private func changingFirstDigit(_ line: String) -> String {
        let rest = afterFirstWord(line)
        var changed = false
        return line[..<rest.startIndex]
            + String(
                rest.map { character in
                    guard !changed, let digit = character.wholeNumberValue else { return character }
                    changed = true
                    return Character(String((digit + 1) % 10))
                })
    }
}
