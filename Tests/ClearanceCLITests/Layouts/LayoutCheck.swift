import Foundation
import TestSupport

/// What `clearance check --format json` (or `inspect --format json`) said about a bundle, as the
/// layout tests compare it: the exit status, each rule's statuses, and how the bundle was read.
struct LayoutCheck {
    struct Report: Decodable {
        struct Finding: Decodable, Hashable {
            let ruleId: String
            let status: String
        }
        struct License: Decodable {
            let id: String
            let role: String
        }
        struct Artifact: Decodable {
            let path: String
            let kind: String
            let format: String
            let linkTarget: String?
        }
        struct Exclusion: Decodable {
            let pattern: String
            let origin: String
            let files: Int
            let bytes: UInt64
        }
        struct Variant: Decodable {
            let name: String
            let layout: String
            let isQuantized: Bool
            let parameterCount: UInt64?
            let components: [String]?
            let files: [String]
        }
        struct Subject: Decodable {
            let format: String
        }
        let subject: Subject
        let findings: [Finding]?
        let licenses: [License]?
        let artifacts: [Artifact]
        let exclusions: [Exclusion]?
        let variants: [Variant]?
    }

    let status: Int32
    let report: Report

    /// Every rule with its status, the way two layouts of one release must agree.
    var outcomes: Set<String> { Set((report.findings ?? []).map { "\($0.ruleId): \($0.status)" }) }

    /// The rules that fail.
    var failing: Set<String> { Set((report.findings ?? []).filter { $0.status == "fail" }.map(\.ruleId)) }

    /// The licenses whose obligations apply.
    var upstreams: Set<String> { Set((report.licenses ?? []).filter { $0.role == "upstream" }.map(\.id)) }

    /// The artifacts of a kind.
    func paths(ofKind kind: String) -> [String] { report.artifacts.filter { $0.kind == kind }.map(\.path).sorted() }

    /// `clearance check BUNDLE --format json ARGUMENTS…`.
    static func check(_ bundle: String, _ arguments: [String] = []) throws -> LayoutCheck {
        try run(["check", bundle, "--format", "json"] + arguments)
    }

    /// `clearance inspect BUNDLE --format json ARGUMENTS…`.
    static func inspect(_ bundle: String, _ arguments: [String] = []) throws -> LayoutCheck {
        try run(["inspect", bundle, "--format", "json"] + arguments)
    }

    private static func run(_ arguments: [String]) throws -> LayoutCheck {
        let result = try CLIRunner.run(arguments)
        guard result.status == 0 || result.status == 1 else {
            throw CheckOutcome.Unusable(status: result.status, stderr: result.stderr)
        }
        return LayoutCheck(
            status: result.status, report: try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8)))
    }
}

/// The release the layouts rearrange: Llama 3.1's compliant fine-tune of the compliance matrix.
enum LayoutRelease {
    static var compliant: Release {
        LicenseFamily.all.first { $0.license == "llama3.1" && $0.variant == nil }!.compliant
    }

    /// Writes `release` as a plain folder `name` in `directory` and returns its path.
    static func plain(
        _ release: Release, named name: String = "plain", in directory: TemporaryDirectory
    ) throws -> String {
        try ReleaseContainer.directory.write(release, named: name, in: directory)
    }
}
