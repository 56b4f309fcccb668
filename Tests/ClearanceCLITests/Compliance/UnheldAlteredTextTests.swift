import Foundation
import TestSupport
import Testing

/// A recognised license text that is altered is always reported, also when no upstream license
/// holds it to its text (issue 12 item 4): old texts and new ones alike.
@Suite(.enabled(if: UpstreamTexts.isAvailable, Comment(rawValue: UpstreamTexts.missingMessage)))
struct UnheldAlteredTextTests {
    static let rule = "metadata_license_text_altered"

    /// Use policies shipped alone, license texts shipped with no base their license binds (a text
    /// the release ships is not its upstream, so its pack's license-text rule does not run), and the
    /// license of a component of a Llama 3.1 fine-tune: none of them held to its text by an
    /// upstream's own rule.
    static let texts: [(folder: String, file: String, base: String?)] = [
        ("llama3.1", "USE_POLICY.md", nil), ("gemma", "PROHIBITED_USE_POLICY", nil), ("llama4", "USE_POLICY.md", nil),
        ("cc-by-sa-4.0", "LICENSE", nil), ("bsd-2-clause", "LICENSE", nil), ("lgpl-lr", "LICENSE", nil),
        ("apache-2.0", "LICENSE", "meta-llama/Llama-3.1-8B"),
    ]

    @Test("a recognised text with a paragraph deleted fails at the line where it is missing", arguments: texts)
    func paragraphDeleted(_ folder: String, _ file: String, _ base: String?) throws {
        var lines = UpstreamTexts.text(folder, file).components(separatedBy: "\n")
        let paragraph = try #require(
            Self.middleParagraph(of: lines), "\(folder)/\(file) has no paragraph in its middle")
        lines.removeSubrange(paragraph)
        let resumes = try #require(lines[paragraph.lowerBound...].firstIndex { !$0.allSatisfy(\.isWhitespace) }) + 1
        let report = try Self.check(file: file, text: lines.joined(separator: "\n"), base: base)
        let failures = report.findings.filter { $0.ruleId == Self.rule && $0.status == "fail" }
        #expect(failures.count == 1, "\(folder)/\(file): \(report.findings.map { "\($0.ruleId) \($0.status)" })")
        let message = try #require(failures.first?.message)
        #expect(
            message.contains("\(file) (lines ") && message.contains("is an altered copy of the \(folder)"), "\(message)"
        )
        #expect(message.contains("missing at line \(resumes)") || message.contains("changed at line"), "\(message)")
    }

    @Test("the canonical text passes", arguments: texts)
    func canonical(_ folder: String, _ file: String, _ base: String?) throws {
        let report = try Self.check(file: file, text: UpstreamTexts.text(folder, file), base: base)
        let findings = report.findings.filter { $0.ruleId == Self.rule }
        #expect(findings.map(\.status) == ["pass"], "\(folder)/\(file): \(findings)")
    }

    /// The lines of the first paragraph of at least 20 words from the middle of the text on.
    private static func middleParagraph(of lines: [String]) -> Range<Int>? {
        var paragraphs: [Range<Int>] = []
        var start: Int?
        for (index, line) in lines.enumerated() {
            let blank = line.allSatisfy(\.isWhitespace)
            if !blank, start == nil { start = index }
            if blank, let first = start {
                paragraphs.append(first..<index)
                start = nil
            }
        }
        let candidates = paragraphs.dropLast().filter { range in
            lines[range].joined(separator: " ").split(separator: " ").count >= 20
        }
        return candidates.first { $0.lowerBound >= lines.count / 2 } ?? candidates.last
    }

    private struct Report: Decodable {
        struct Finding: Decodable, CustomStringConvertible {
            let ruleId: String
            let status: String
            let message: String
            var description: String { "\(ruleId) \(status): \(message)" }
        }

        let findings: [Finding]
    }

    private static func check(file: String, text: String, base: String?) throws -> Report {
        let directory = try TemporaryDirectory()
        let frontMatter = base.map { "---\nbase_model: \($0)\n---\n" } ?? ""
        try directory.write("release/README.md", frontMatter + "# Acme-Guard-1B\n\nA safety classifier.\n")
        try directory.write("release/\(file)", text)
        let result = try CLIRunner.run(["check", directory.path("release"), "--format", "json"])
        try #require(result.status == 0 || result.status == 1, "\(result.stderr)")
        return try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
    }
}
