import Foundation
import TestSupport
import Testing

/// Issue 11, item 13: a license in Markdown is compared as it reads when rendered. A clause in
/// an HTML comment is hidden and one in `~~…~~` is struck through: both are alterations.
@Suite(.enabled(if: CompliantLlama.runs, CompliantLlama.skipReason))
struct MarkdownLicenseTests {
    enum Disguise: String, CaseIterable, Sendable {
        case none = "nothing hidden"
        case comment = "an HTML comment"
        case strikethrough = "strikethrough"
    }

    @Test(arguments: Disguise.allCases)
    func aClauseHiddenByMarkdown(disguise: Disguise) throws {
        let scratch = try TemporaryDirectory()
        var files = try CompliantLlama.files()
        let license = try CompliantLlama.text()
        let start = try #require(
            license.range(of: "\n\n", range: license.index(license.startIndex, offsetBy: 3000)..<license.endIndex)
        ).upperBound
        let end = try #require(license.range(of: "\n\n", range: start..<license.endIndex)).lowerBound
        let clause = String(license[start..<end])
        let disguised =
            switch disguise {
            case .none: clause
            case .comment: "<!-- \(clause) -->"
            case .strikethrough: "~~\(clause)~~"
            }
        files["LICENSE"] = nil
        files["LICENSE.md"] = Array((license[..<start] + disguised + license[end...]).utf8)
        let report = try CheckReport.check(
            try CompliantLlama.write(files, to: scratch), in: scratch, case: "a clause in \(disguise.rawValue)")
        let expected = disguise == .none ? ["pass"] : ["fail"]
        #expect(report.statuses("llama3_1_license_text") == expected)
    }
}
