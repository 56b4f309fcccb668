import Foundation
import TestSupport
import Testing

/// A reviewer's answers close questions, citing who answered and when; waivers accept failures and
/// questions; a waiver or answer naming no rule is an error; an expired waiver keeps its severity.
@Suite struct AnswerWaiverTests {
    static let answers = """
        answers:
          - ruleId: llama3_1_built_with_display
            answer: yes
            note: Shown on https://acme.example/models/acme-8b
            answeredBy: jane.doe@acme.example
            date: 2026-12-01
          - ruleId: llama3_1_mau_threshold
            answer: no
            answeredBy: legal@acme.example
            date: 2026-12-02

        """

    private func check(_ bundle: String, _ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(["check", bundle, "--policies", ReleaseFixture.policies] + arguments)
    }

    private func findings(_ result: CLIRunner.Result) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return object?["findings"] as? [[String: Any]] ?? []
    }

    @Test func answersTurnQuestionsIntoPassesAndFailures() throws {
        let directory = try TemporaryDirectory()
        let bundle = try ReleaseFixture.llama(in: directory)
        let facts = try directory.write("facts.yml", Self.answers)
        let result = try check(bundle, ["--facts", facts, "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        let byRule = Dictionary(
            try findings(result).map { ($0["ruleId"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        let display = try #require(byRule["llama3_1_built_with_display"])
        #expect(display["status"] as? String == "pass")
        let answer = try #require(display["answer"] as? [String: Any])
        #expect(answer["answeredBy"] as? String == "jane.doe@acme.example")
        #expect(answer["date"] as? String == "2026-12-01")
        #expect(byRule["llama3_1_mau_threshold"]?["status"] as? String == "fail")
    }

    @Test(arguments: ["text", "sarif", "junit", "markdown", "cyclonedx"])
    func everyFormatCitesTheAnswer(format: String) throws {
        let directory = try TemporaryDirectory()
        let bundle = try ReleaseFixture.llama(in: directory)
        let facts = try directory.write("facts.yml", Self.answers)
        let result = try check(bundle, ["--facts", facts, "--format", format, "--verbose"])
        #expect(result.stdout.contains("jane.doe@acme.example"), "\(format)")
        #expect(result.stdout.contains("2026-12-01"), "\(format)")
    }

    @Test func aWaiverAcceptsAQuestion() throws {
        let directory = try TemporaryDirectory()
        let waivers = try directory.write(
            "waivers.yml",
            """
            waivers:
              - ruleId: llama3_1_mau_threshold
                reason: Acme has 20,000 users; legal ticket LEGAL-9
                approvedBy: jane.doe@acme.example
                expires: 2099-01-01

            """)
        let result = try check(try ReleaseFixture.llama(in: directory), ["--waivers", waivers, "--format", "json"])
        let mau = try findings(result).first { $0["ruleId"] as? String == "llama3_1_mau_threshold" }
        #expect(mau?["status"] as? String == "waived")
        #expect(try findings(result).allSatisfy { $0["ruleId"] as? String != "waiver_unused" })
    }

    @Test func anExpiredWaiverOfAWarningIsAWarning() throws {
        let directory = try TemporaryDirectory()
        let waivers = try directory.write(
            "waivers.yml",
            """
            waivers:
              - ruleId: llama3_1_acceptable_use
                reason: policy linked from the product page
                approvedBy: jane.doe@acme.example
                expires: 2020-01-01

            """)
        let result = try check(try ReleaseFixture.llama(in: directory), ["--waivers", waivers, "--format", "json"])
        let expired = try findings(result).first { $0["ruleId"] as? String == "waiver_expired" }
        #expect(expired?["severity"] as? String == "warning")
    }

    @Test(arguments: [("waivers", "--waivers"), ("answers", "--facts")])
    func aMisspeltRuleIsAnError(list: String, option: String) throws {
        let directory = try TemporaryDirectory()
        let entry =
            list == "waivers"
            ? "  - ruleId: llama3_1_buit_with_display\n    reason: r\n    approvedBy: a\n    expires: 2099-01-01\n"
            : "  - ruleId: llama3_1_buit_with_display\n    answer: yes\n    answeredBy: a\n    date: 2026-01-01\n"
        let file = try directory.write("\(list).yml", "\(list):\n" + entry)
        let result = try check(try ReleaseFixture.llama(in: directory), [option, file])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "clearance: \(file):2: \(list)[0].ruleId 'llama3_1_buit_with_display' is not a rule of the policies "
                + "in force; did you mean 'llama3_1_built_with_display'?\n")
    }

    @Test func anAnswerWithoutAQuestionIsReported() throws {
        let directory = try TemporaryDirectory()
        let facts = try directory.write(
            "facts.yml",
            """
            answers:
              - ruleId: integrity_missing_weights
                answer: yes
                answeredBy: a@acme.example
                date: 2026-01-01

            """)
        let result = try check(try ReleaseFixture.llama(in: directory), ["--facts", facts, "--format", "json"])
        let unused = try findings(result).first { $0["ruleId"] as? String == "answer_unused" }
        #expect(unused?["severity"] as? String == "warning")
    }
}
