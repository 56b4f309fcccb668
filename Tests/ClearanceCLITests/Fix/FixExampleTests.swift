import Clearance
import Foundation
import PolicyEngine
import TestSupport
import Testing

/// Every pack's failing examples that a release folder can hold: where fix writes a remedy for the
/// failed rule, the same check no longer fails it, and a second fix changes nothing. Remedies are
/// described per check kind, so packs added later are covered without a line here.
@Suite(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.skipMessage)))
struct FixExampleTests {
    static let policies = try? Clearance.policies(directory: nil, includingExamples: true)

    /// Every license pack, and the general pack (`general`).
    static let packs = (policies?.packs.ids ?? []) + ["general"]

    @Test(arguments: packs)
    func everyFixableFailingExampleIsFixed(pack: String) throws {
        let policies = try #require(Self.policies)
        let rules = pack == "general" ? policies.general.rules : try #require(policies.packs[pack]).rules
        let work = try TemporaryDirectory()
        let licenses = try LicenseDirectory.make(in: work)
        let base = pack == "general" ? nil : ExampleFolder.base(under: pack, in: policies.registry)
        var fixed: [String] = []
        for (number, (rule, example)) in rules.flatMap({ rule in (rule.examples ?? []).map { (rule, $0) } })
            .enumerated()
        where example.expect == .fail {
            guard let folder = try ExampleFolder.write(example, base: base, into: work, at: "example-\(number)") else {
                continue
            }
            var request = CheckRequest(bundlePath: folder)
            if let facts = example.facts {
                request.factsFile = try work.write("facts-\(number).yml", Array(try JSONEncoder().encode(facts)))
            }
            let before = try Clearance.check(request)
            guard before.report.findings.contains(where: { $0.ruleId == rule.id && $0.status == .fail }) else {
                continue
            }
            let result = try Clearance.fix(FixRequest(check: request, licenseDirectory: licenses))
            guard result.plan.rulesSatisfied.contains(rule.id), let after = result.after else { continue }
            let label = "\(rule.id): \(example.name)"
            #expect(!after.report.findings.contains { $0.ruleId == rule.id && $0.status == .fail }, "\(label)")
            let again = try Clearance.fix(FixRequest(check: request, licenseDirectory: licenses))
            #expect(again.plan.changes.isEmpty, "\(label): \(again.plan.changes.map(\.path))")
            fixed.append(label)
        }
        // A license pack a registry base binds, with a copy, notice or declaration to write, has a failing
        // example fix meets (its text missing, or undeclared); the general pack one without base_model.
        let writable: Set<CheckKind> = [.licenseCopy, .noticeLine, .declaredLicense]
        if pack == "general" || (base != nil && rules.contains { writable.contains($0.check.kind) }) {
            #expect(!fixed.isEmpty)
        }
    }
}
