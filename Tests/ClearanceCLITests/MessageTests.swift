import Foundation
import TestSupport
import Testing

/// Errors are written for the person who made the mistake: the file, the line, the key and what
/// it must be, every missing key at once, the nearest command or option, every allowed value.
@Suite struct MessageTests {
    private func check(_ bundle: String, _ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(["check", bundle, "--policies", ReleaseFixture.policies] + arguments)
    }

    @Test func aFactOfTheWrongTypeIsASentence() throws {
        let directory = try TemporaryDirectory()
        let facts = try directory.write("facts.yml", "distributor:\n  name: Acme\n  monthlyActiveUsers: \"2.5M\"\n")
        let result = try check(try ReleaseFixture.passing(in: directory), ["--facts", facts])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "clearance: \(facts):3: distributor.monthlyActiveUsers must be a whole number such as 2500000 "
                + "(digits only, no units or suffixes), not “2.5M”\n")
    }

    @Test func everyMissingKeyOfTheWaiversIsNamedAtOnce() throws {
        let directory = try TemporaryDirectory()
        let waivers = try directory.write(
            "waivers.yml",
            """
            waivers:
              - ruleId: integrity_missing_weights
                reason: uploaded separately
              - ruleId: integrity_weights_headers
                approvedBy: jane@acme.example
                expires: 2099-01-01

            """)
        let result = try check(try ReleaseFixture.failing(in: directory), ["--waivers", waivers])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "clearance: \(waivers):2: missing required keys: approvedBy and expires in waivers[0] (line 2); "
                + "reason in waivers[1] (line 4)\n")
    }

    @Test(arguments: [
        (["chek", "x"], "unknown command 'chek' for 'clearance'; did you mean 'check'?"),
        (["policies", "shwo", "llama3.1"], "unknown command 'shwo' for 'clearance policies'; did you mean 'show'?"),
        (["check", "x", "--fial-on", "error"], "Unknown option '--fial-on'. Did you mean '--fail-on'?"),
        (
            ["check", "x", "--format", "xml"],
            "The value 'xml' is invalid for '--format <format>'. "
                + "Please provide one of: text, json, sarif, junit, markdown, cyclonedx, mof."
        ),
        (
            ["check", "x", "--report", "pdf=out.pdf"],
            "sarif=PATH, junit=PATH, markdown=PATH, cyclonedx=PATH, mof=PATH."
        ),
    ])
    func usageErrorsSuggestAndList(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aMisspeltPackOrRuleSuggestsTheNearest() throws {
        let show = try CLIRunner.run(["policies", "show", "llama3.l"])
        #expect(show.status == 2)
        #expect(show.stderr.contains("did you mean 'llama3.1'?"), "\(show.stderr)")
        let explain = try CLIRunner.run(["policies", "explain", "llama3_1_notice_lin"])
        #expect(explain.status == 2)
        #expect(explain.stderr.contains("did you mean 'llama3_1_notice_line'?"), "\(explain.stderr)")
    }
}
