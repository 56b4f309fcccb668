import BundleModel
import Foundation
import Testing

@testable import Reporting

/// SARIF details GitHub code scanning and the schema depend on.
@Suite struct SARIFReporterTests {
    private func run(_ input: ReportInput) throws -> JSONValue {
        try #require(try JSONValue.parse(SARIFReporter().render(input))["runs", 0])
    }

    private func result(_ ruleId: String, in run: JSONValue) throws -> JSONValue {
        try #require(run["results"]?.array.first { $0["ruleId"]?.string == ruleId })
    }

    @Test func oneResultPerFindingThatIsNotAPass() throws {
        let input = try ReportFixture.input()
        let results = try run(input)["results"]?.array ?? []
        #expect(results.count == input.report.findings.filter { $0.status != .pass }.count)
        #expect(!results.contains { $0["ruleId"]?.string == "llama3_1_model_name_prefix" })
    }

    @Test func everyRuleThatRanIsDescribedAndResultsPointAtTheirRule() throws {
        let run = try run(try ReportFixture.input())
        let rules = run["tool", "driver", "rules"]?.array ?? []
        let ids = rules.compactMap { $0["id"]?.string }
        #expect(ids.prefix(6).allSatisfy { $0.hasPrefix("llama3_1_") })
        #expect(ids.contains("metadata_upstream_resolved"))
        #expect(ids.last == "waiver_unused")
        for result in run["results"]?.array ?? [] {
            guard case .number(let index)? = result["ruleIndex"] else { Issue.record("no ruleIndex"); continue }
            #expect(ids[Int(index)] == result["ruleId"]?.string)
        }
        #expect(rules.first?["help", "text"]?.string?.contains("Clause:") == true)
    }

    @Test func regionOnlyWhenTheLineIsKnown() throws {
        let run = try run(try ReportFixture.input())
        let withLine = try result("llama3_1_license_copy", in: run)
        #expect(withLine["locations", 0, "physicalLocation", "region", "startLine"] == .number(1))
        let withoutLine = try result("metadata_license_text_recognised", in: run)
        #expect(withoutLine["locations", 0, "physicalLocation", "artifactLocation", "uri"] == .string("LICENSE"))
        #expect(withoutLine["locations", 0, "physicalLocation", "region"] == nil)
    }

    @Test func waivedFindingIsASuppressedFailure() throws {
        let waived = try result("llama3_1_built_with_display", in: try run(try ReportFixture.input()))
        #expect(waived["kind"] == .string("fail"))
        #expect(waived["suppressions", 0, "kind"] == .string("external"))
        #expect(waived["suppressions", 0, "justification"]?.string?.contains("LEGAL-142") == true)
        #expect(waived["properties", "status"] == .string("waived"))
    }

    @Test func questionIsAReviewWithLevelNone() throws {
        let review = try result("llama3_1_mau_threshold", in: try run(try ReportFixture.input()))
        #expect(review["kind"] == .string("review"))
        #expect(review["level"] == .string("none"))
        #expect(review["message", "text"]?.string?.contains("Question: Did Acme AI Ltd") == true)
    }

    @Test func messageCarriesTheRemedyAndPropertiesTheLicense() throws {
        let failure = try result("llama3_1_notice_line", in: try run(try ReportFixture.input()))
        #expect(failure["level"] == .string("error"))
        #expect(failure["message", "text"]?.string?.contains("Remedy: Add a NOTICE file") == true)
        #expect(failure["properties", "license"] == .string("llama3.1"))
        #expect(failure["properties", "category"] == .string("notice"))
    }

    @Test func findingAboutTheWholeReleaseIsShownOnTheModelCard() throws {
        let failure = try result("llama3_1_notice_line", in: try run(try ReportFixture.input()))
        #expect(failure["locations", 0, "physicalLocation", "artifactLocation", "uri"] == .string("README.md"))
        #expect(failure["locations", 0, "physicalLocation", "artifactLocation", "uriBaseId"] == .string("BUNDLE_ROOT"))
    }

    @Test func filesOutsideTheBundleKeepTheirPathWithoutBase() throws {
        var input = try ReportFixture.input()
        input.report.findings.append(
            Finding(
                ruleId: "llama3_1_mau_threshold", license: "llama3.1", category: .mauThreshold, status: .pass,
                severity: .error,
                message: "", evidence: [Evidence(path: ReportFixture.factsSource, excerpt: "distributor.name: Acme")],
                remediation: "", reference: ""))
        let run = try run(input)
        let unused = try result("waiver_unused", in: run)
        #expect(unused["locations", 0, "physicalLocation", "artifactLocation", "uri"] == .string("waivers.yml"))
        #expect(unused["locations", 0, "physicalLocation", "artifactLocation", "uriBaseId"] == nil)
        let location = SARIFLocations(input: input).locations(of: input.report.findings.last!)
        #expect(location.first?.physicalLocation.artifactLocation.uri == "clearance.yml")
        #expect(location.first?.physicalLocation.artifactLocation.uriBaseId == "BUNDLE_ROOT")
    }

    @Test func directoryBundleRootIsAFileURI() throws {
        var input = try ReportFixture.input()
        input.report.subject = Subject(path: "acme 8b", format: .directory)
        input.bundleDirectory = "/srv/releases/acme 8b"
        let base = try run(input)["originalUriBaseIds", "BUNDLE_ROOT"]
        #expect(base?["uri"] == .string("file:///srv/releases/acme%208b/"))
        let archive = try run(try ReportFixture.input())["originalUriBaseIds", "BUNDLE_ROOT"]
        #expect(archive?["uri"] == nil)
        #expect(archive?["description", "text"]?.string?.contains("llama-3.1-acme-8b.tar.zst") == true)
    }

    @Test(arguments: [
        ("model.safetensors", "model.safetensors"),
        ("docs/pipes | and *stars* & <tags>.md", "docs/pipes%20%7C%20and%20%2Astars%2A%20%26%20%3Ctags%3E.md"),
        ("outer.zip!/inner/ü.txt", "outer.zip%21/inner/%C3%BC.txt"),
    ])
    func pathsArePercentEncoded(path: String, uri: String) {
        #expect(SARIFLocations.encode(path) == uri)
    }

    @Test func ruleNamesAreReadableIdentifiers() {
        #expect(SARIFRules.displayName("llama3_1_notice_line") == "Llama31NoticeLine")
    }
}
