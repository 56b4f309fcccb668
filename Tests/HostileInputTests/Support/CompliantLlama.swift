import Foundation
import TestSupport
import Testing

/// `samples/llama-3.1-acme-8b` made compliant the way `samples/assemble-compliant` does it, with
/// the upstream texts of `../shared/reference` (never committed): a release every check passes,
/// which a hostile case then breaks in one way.
///
/// Without the reference texts the cases that need it are skipped, unless `CI` is set: then the
/// missing texts are a failure.
enum CompliantLlama {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let reference: URL = {
        if let override = ProcessInfo.processInfo.environment["CLEARANCE_REFERENCE"] {
            return URL(fileURLWithPath: override)
        }
        return repository.deletingLastPathComponent().appendingPathComponent("shared/reference")
    }()

    static let hasTexts = FileManager.default.fileExists(
        atPath: reference.appendingPathComponent("licenses/llama3.1/LICENSE").path)

    /// Whether the cases that need the texts run: with them, or in CI (where their absence fails).
    static let runs = hasTexts || ProcessInfo.processInfo.environment["CI"] != nil

    static let skipReason: Comment = "the upstream texts of ../shared/reference are not next to this checkout"

    static let notice =
        "Llama 3.1 is licensed under the Llama 3.1 Community License, "
        + "Copyright © Meta Platforms, Inc. All Rights Reserved."

    /// An upstream text of `licenses/<license>/`.
    static func text(_ license: String = "llama3.1", _ file: String = "LICENSE") throws -> String {
        let url = reference.appendingPathComponent("licenses/\(license)/\(file)")
        return try #require(try? String(contentsOf: url, encoding: .utf8), "\(url.path) is missing")
    }

    /// Every file of the compliant release, by path.
    static func files() throws -> [String: [UInt8]] {
        let sample = repository.appendingPathComponent("samples/llama-3.1-acme-8b")
        var files: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path) where name != "LICENSE" {
            files[name] = Array(try Data(contentsOf: sample.appendingPathComponent(name)))
        }
        files["LICENSE"] = Array(try text().utf8)
        files["USE_POLICY.md"] = Array(try text("llama3.1", "USE_POLICY.md").utf8)
        files["NOTICE"] = Array("\(notice)\n".utf8)
        let facts =
            String(decoding: files["clearance.yml"] ?? [], as: UTF8.self) + """
                model:
                  trainedOnOutputsOf: []
                attestations:
                  builtWithDisplayedAt: https://acme.example/models/llama-3.1-acme-8b

                """
        files["clearance.yml"] = Array(facts.utf8)
        return files
    }

    /// Writes `files` as the folder `name` in `scratch` and returns its path.
    static func write(
        _ files: [String: [UInt8]], to scratch: TemporaryDirectory, named name: String = "release"
    ) throws -> String {
        for (path, bytes) in files { try scratch.write("\(name)/\(path)", bytes) }
        return scratch.path(name)
    }
}

/// The findings of one `clearance check --format json`.
struct CheckReport {
    let status: Int32
    let verdict: String
    let findings: [[String: Any]]

    init(_ run: ClearanceRun) throws {
        status = run.status
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
        verdict = object["verdict"] as? String ?? ""
        findings = object["findings"] as? [[String: Any]] ?? []
    }

    /// The statuses of the findings of `rule`.
    func statuses(_ rule: String) -> [String] {
        findings.filter { $0["ruleId"] as? String == rule }.compactMap { $0["status"] as? String }
    }

    /// Whether `rule` has a finding other than a pass.
    func flags(_ rule: String) -> Bool {
        statuses(rule).contains { $0 != "pass" }
    }

    /// Rule ids with a finding of `status`.
    func rules(with status: String) -> Set<String> {
        Set(findings.filter { $0["status"] as? String == status }.compactMap { $0["ruleId"] as? String })
    }

    /// `clearance check <bundle> --format json`, within the shared bounds.
    static func check(
        _ bundle: String, in scratch: TemporaryDirectory, case name: String, arguments: [String] = [],
        timeLimit: Duration = BoundedRun.timeLimit, memoryLimit: Int = BoundedRun.memoryLimit,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CheckReport {
        try CheckReport(
            BoundedRun.run(
                ["check", bundle, "--format", "json"] + arguments, in: scratch, case: name, timeLimit: timeLimit,
                memoryLimit: memoryLimit, sourceLocation: sourceLocation))
    }
}
