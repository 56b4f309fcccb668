import Foundation
import Testing

/// A release with an open question and nothing failing has verdict `review` in every format, and
/// the text says so in words; it is never presented as a plain pass.
@Suite struct VerdictReviewTests {
    static func reviewRelease() throws -> LineageFixture {
        let release = try LineageFixture(named: "mystery")
        try release.card(["license: apache-2.0"])
        try release.weights()
        return release
    }

    @Test func jsonSarifAndCycloneDXSayReview() throws {
        let release = try Self.reviewRelease()
        #expect(try release.check().report["verdict"] as? String == "review")
        for format in ["sarif", "cyclonedx"] {
            let result = try CLIRunner.run(["check", release.root, "--format", format])
            #expect(result.status == 0)
            #expect(result.stdout.contains("\"review\""), "\(format)")
        }
    }

    @Test func textJUnitAndTheChecklistSayReview() throws {
        let release = try Self.reviewRelease()
        let text = try CLIRunner.run(["check", release.root])
        #expect(text.status == 0)
        #expect(text.stdout.contains("REVIEW — passes the gate, 1 question open"))
        #expect(!text.stdout.contains("PASS"))
        let junit = try CLIRunner.run(["check", release.root, "--format", "junit"])
        #expect(junit.stdout.contains(#"name="verdict" value="review""#))
        for arguments in [["check", release.root, "--format", "markdown"], ["checklist", release.root]] {
            let markdown = try CLIRunner.run(arguments)
            #expect(markdown.stdout.contains("Verdict: REVIEW"), "\(arguments)")
        }
    }

    @Test func failOnReviewTurnsItIntoAFailure() throws {
        let release = try Self.reviewRelease()
        let (status, report) = try release.check(["--fail-on", "review"])
        #expect(status == 1)
        #expect(report["verdict"] as? String == "fail")
    }
}
