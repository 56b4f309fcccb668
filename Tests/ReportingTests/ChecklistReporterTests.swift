import BundleModel
import Foundation
import PolicyEngine
import Testing

@testable import Reporting

/// The legal-review checklist: complete, tied to the bundle file, and clean on GitHub.
@Suite struct ChecklistReporterTests {
    private func render(_ input: ReportInput) -> String {
        ChecklistReporter().render(input)
    }

    @Test func everyObligationIsAnItemTickedOnlyWhenMet() throws {
        let input = try ReportFixture.input()
        let text = render(input)
        let items = text.split(separator: "\n").filter { $0.hasPrefix("- [x] ") || $0.hasPrefix("- [ ] ") }
        #expect(items.count == input.report.findings.count)
        #expect(
            items.filter { $0.hasPrefix("- [x] ") }.count == input.report.findings.filter { $0.status == .pass }.count)
    }

    @Test func failuresCarryTheRemedyAndQuestionsTheDecidingFact() throws {
        let text = render(try ReportFixture.input())
        #expect(
            text.contains(
                "  - **Remedy**: Add a NOTICE file containing exactly this line: “Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.”"
            ))
        #expect(
            text.contains(
                "  - **Question**: Did Acme AI Ltd and its affiliates have more than 700,000,000 monthly active users in June 2024?"
            ))
        #expect(text.contains("  - Deciding fact: `distributor.monthlyActiveUsers` — not declared in the facts"))
    }

    @Test func declaredDecidingFactIsQuoted() throws {
        var input = try ReportFixture.input()
        input.facts.facts.distributor?.monthlyActiveUsers = 2_500_000
        #expect(render(input).contains("Deciding fact: `distributor.monthlyActiveUsers` — declared as “2500000”"))
        #expect(render(input).contains("| `distributor.monthlyActiveUsers` | 2500000 |"))
    }

    @Test func waiverIsVisibleWithWhoAndUntilWhen() throws {
        let text = render(try ReportFixture.input())
        #expect(text.contains("*not met — risk accepted by a waiver*"))
        #expect(text.contains("approved by jane.doe@acme.example, valid until 2027-06-30"))
    }

    @Test func archiveDigestHeadsTheChecklistAndBindsTheSignOff() throws {
        let input = try ReportFixture.input()
        let digest = try #require(input.report.subject.sha256)
        let text = render(input)
        #expect(text.contains("- **SHA-256 of the release file:** `\(digest)`"))
        #expect(text.contains("This sign-off applies only to the release file whose SHA-256 is `\(digest)`."))
    }

    @Test func directoryHasNoDigestAndSaysSo() throws {
        var input = try ReportFixture.input()
        input.report.subject = Subject(path: "acme-8b", format: .directory)
        let text = render(input)
        #expect(
            text.contains(
                "- **SHA-256 of the release file:** not applicable: the release is a directory, not a single file"))
        #expect(!text.contains("This sign-off applies only"))
    }

    @Test func tablesKeepTheirColumnsWhateverTheCellsHold() throws {
        let text = render(try ReportFixture.input())
        #expect(text.contains("| `docs/pipes \\| and *stars* & <tags>.md` | other | markdown | 40 B |"))
        var columns: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|"), line.hasSuffix("|") else { columns = nil; continue }
            let cells = Self.unescapedPipes(line) - 1
            if let columns { #expect(cells == columns, "\(line)") } else { columns = cells }
        }
    }

    @Test func summaryNamesWhatBlocksPublication() throws {
        let text = render(try ReportFixture.input())
        #expect(text.contains("2 obligations must be fixed first:"))
        #expect(text.contains("**Verdict: FAIL — do not publish the release as it is.**"))
        var passing = try ReportFixture.input()
        passing.report.findings.removeAll { $0.status == .fail }
        passing.report.verdict = .pass
        #expect(render(passing).contains("Nothing, under the configured gate (`--fail-on error`)."))
    }

    private static func unescapedPipes(_ line: Substring) -> Int {
        var count = 0
        var previous: Character?
        for character in line {
            if character == "|", previous != "\\" { count += 1 }
            previous = character
        }
        return count
    }
}
