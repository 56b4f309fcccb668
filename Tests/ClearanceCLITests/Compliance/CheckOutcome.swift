import Foundation

/// What `clearance check --format json` said about a bundle: its exit status and findings.
struct CheckOutcome {
    struct Report: Decodable {
        struct License: Decodable {
            let id: String
            let role: String
        }
        struct Finding: Decodable {
            let ruleId: String
            let status: String
            let message: String
        }
        let verdict: String
        let licenses: [License]
        let findings: [Finding]
    }

    let status: Int32
    let report: Report

    /// The rules with a `fail` finding, whatever their severity.
    var failingRules: Set<String> { Set(report.findings.filter { $0.status == "fail" }.map(\.ruleId)) }

    /// The report's verdict is `fail` exactly when the exit status is 1 (docs/exit-status.md).
    var verdictAgreesWithStatus: Bool { (report.verdict == "fail") == (status == 1) }

    /// Each rule's finding statuses, in report order.
    var statuses: [String: [String]] {
        Dictionary(grouping: report.findings, by: \.ruleId).mapValues { $0.map(\.status) }
    }

    /// Each rule's finding messages, in report order.
    var messages: [String: [String]] {
        Dictionary(grouping: report.findings, by: \.ruleId).mapValues { $0.map(\.message) }
    }

    /// The license ids whose obligations apply.
    var upstreams: Set<String> { Set(report.licenses.filter { $0.role == "upstream" }.map(\.id)) }

    /// Runs the built binary on `path`.
    static func check(_ path: String, failOn: String? = nil, arguments: [String] = []) throws -> CheckOutcome {
        let gate = failOn.map { ["--fail-on", $0] } ?? []
        let result = try CLIRunner.run(["check", path, "--format", "json"] + gate + arguments)
        guard result.status == 0 || result.status == 1 else {
            throw Unusable(status: result.status, stderr: result.stderr)
        }
        return CheckOutcome(
            status: result.status, report: try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8)))
    }

    /// `clearance check` could not do its job.
    struct Unusable: Error, CustomStringConvertible {
        let status: Int32
        let stderr: String
        var description: String { "exit status \(status): \(stderr)" }
    }
}
