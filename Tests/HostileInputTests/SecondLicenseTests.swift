import Foundation
import TestSupport
import Testing

/// Issue 11, item 12: every license text in the release is weighed against the upstream and
/// the declared license; one that offers the weights under other terms is at least a question.
@Suite(.enabled(if: CompliantLlama.runs, CompliantLlama.skipReason))
struct SecondLicenseTests {
    private func flagged(_ report: CheckReport, path: String) -> Bool {
        report.findings.contains { finding in
            finding["status"] as? String != "pass"
                && (finding["evidence"] as? [[String: Any]] ?? []).contains { $0["path"] as? String == path }
        }
    }

    @Test func apacheAppendedToTheLlamaText() throws {
        let scratch = try TemporaryDirectory()
        var files = try CompliantLlama.files()
        files["LICENSE"] = Array((try CompliantLlama.text() + "\n\n" + CompliantLlama.text("apache-2.0")).utf8)
        let report = try CheckReport.check(
            try CompliantLlama.write(files, to: scratch), in: scratch, case: "Llama then Apache in one LICENSE")
        #expect(flagged(report, path: "LICENSE"), "\(report.rules(with: "needs-review")) \(report.rules(with: "fail"))")
    }

    @Test func aSeparateApacheLicense() throws {
        let scratch = try TemporaryDirectory()
        var files = try CompliantLlama.files()
        files["LICENSE-APACHE"] = Array(try CompliantLlama.text("apache-2.0").utf8)
        let report = try CheckReport.check(
            try CompliantLlama.write(files, to: scratch), in: scratch, case: "a LICENSE-APACHE beside the Llama text")
        #expect(
            flagged(report, path: "LICENSE-APACHE"),
            "\(report.rules(with: "needs-review")) \(report.rules(with: "fail"))")
    }
}
