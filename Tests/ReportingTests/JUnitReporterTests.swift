import BundleModel
import Foundation
import FoundationXML
import Testing

@testable import Reporting

/// JUnit XML as CI systems parse it: well-formed whatever the findings contain, one suite per
/// upstream license plus the general one, waivers and questions visible as skipped cases.
@Suite struct JUnitReporterTests {
    private func document(_ input: ReportInput) throws -> XMLDocument {
        try XMLDocument(data: Data(JUnitReporter().render(input).utf8))
    }

    private func attribute(_ name: String, of node: XMLNode?) -> String? {
        (node as? XMLElement)?.attribute(forName: name)?.stringValue
    }

    @Test func parsesDespiteMarkupAndControlCharacters() throws {
        let xml = try document(try ReportFixture.input())
        let failure = try xml.nodes(forXPath: "//testcase[@name='llama3_1_acceptable_use']/failure").first
        #expect(attribute("message", of: failure)?.contains("<https://llama.com/x> & costs $5") == true)
        #expect(failure?.stringValue?.contains("**AUP**\u{FFFD}[0m\u{FFFD}end") == true)
    }

    @Test func oneSuitePerUpstreamLicenseThenTheGeneralChecks() throws {
        let suites = try document(try ReportFixture.input()).nodes(forXPath: "/testsuites/testsuite")
        #expect(
            suites.map { attribute("name", of: $0) } == [
                "llama3.1: Llama 3.1 Community License Agreement", "Integrity, security and metadata",
            ])
        #expect(suites.map { attribute("tests", of: $0) } == ["6", "4"])
        #expect(suites.map { attribute("failures", of: $0) } == ["3", "1"])
        #expect(suites.map { attribute("skipped", of: $0) } == ["2", "1"])
    }

    @Test func upstreamLicenseWithoutFindingsStillHasASuite() throws {
        var input = try ReportFixture.input()
        input.report.findings.removeAll { $0.license != nil }
        let suites = try document(input).nodes(forXPath: "/testsuites/testsuite")
        #expect(suites.count == 2)
        #expect(attribute("tests", of: suites.first) == "0")
    }

    @Test func questionsAndWaiversAreSkippedWithTheirReason() throws {
        let xml = try document(try ReportFixture.input())
        let question = try xml.nodes(forXPath: "//testcase[@name='llama3_1_mau_threshold']/skipped").first
        #expect(
            attribute("message", of: question)?.hasPrefix("needs review: Did Acme AI Ltd and its affiliates") == true)
        let waiver = try xml.nodes(forXPath: "//testcase[@name='llama3_1_built_with_display']/skipped").first
        #expect(
            attribute("message", of: waiver)
                == "waived by jane.doe@acme.example until 2027-06-30: Shown on the product page <https://acme.example/models/acme-8b>; ticket LEGAL-142 & \"Q3\" review"
        )
    }

    @Test func repeatedRulesGetDistinctCaseNames() {
        let finding = Finding(
            ruleId: "integrity_missing_weights", license: nil, category: .integrity, status: .fail, severity: .error,
            message: "m", evidence: [Evidence(path: "a")], remediation: "r", reference: "x")
        let names = JUnitCase.names(for: [finding, finding, finding]).map(\.name)
        #expect(
            names == [
                "integrity_missing_weights (a)", "integrity_missing_weights (a) #2", "integrity_missing_weights (a) #3",
            ])
    }

    @Test(arguments: [
        ("a & b < c > d", "a &amp; b &lt; c &gt; d", "a &amp; b &lt; c &gt; d"),
        ("say \"hi\" 'there'", "say \"hi\" 'there'", "say &quot;hi&quot; &apos;there&apos;"),
        ("line\nbreak\ttab\rcr", "line\nbreak\ttab&#13;cr", "line&#10;break&#9;tab&#13;cr"),
        (
            "bell\u{07} null\u{00} esc\u{1B} \u{FFFE}", "bell\u{FFFD} null\u{FFFD} esc\u{FFFD} \u{FFFD}",
            "bell\u{FFFD} null\u{FFFD} esc\u{FFFD} \u{FFFD}"
        ),
    ])
    func escaping(raw: String, text: String, attribute: String) {
        #expect(XMLEscaping.text(raw) == text)
        #expect(XMLEscaping.attribute(raw) == attribute)
    }
}
