import BuiltinPolicies
import BundleModel
import Foundation
import Testing

@testable import PolicyEngine

/// Every license pack says how the license stands against the OSD, OSAID and the MOF, and each
/// verdict that is not open carries the clauses that make it so.
@Suite struct PackOpennessTests {
    @Test("every built-in pack has an openness block")
    func everyPackHasOne() throws {
        let policies = try PolicySet.builtin()
        #expect(!policies.packs.ids.isEmpty)
        for id in policies.packs.ids {
            let pack = try #require(policies.packs[id])
            #expect(pack.openness != nil, "the \(id) pack has no openness: block")
        }
    }

    @Test("each verdict that is not open carries its clause, section and OSD criteria")
    func verdictsCarryTheirClauses() throws {
        let policies = try PolicySet.builtin()
        for id in policies.packs.ids {
            let openness = try #require(policies.packs[id]?.openness, "\(id)")
            #expect(openness.problem == nil, "\(id): \(openness.problem ?? "")")
            guard !openness.osd.isOpen else { continue }
            let clauses = openness.clauses ?? []
            #expect(!clauses.isEmpty || openness.osd == .unverified, "\(id)")
            for clause in clauses {
                #expect(!clause.section.isEmpty && !clause.clause.isEmpty && !clause.osd.isEmpty, "\(id)")
            }
        }
    }

    @Test(
        "the published verdicts: Llama §2 breaks OSD 5, the AUP OSD 6, CC BY-NC OSD 6",
        arguments: [
            ("llama3.1", "§2", 5), ("llama3.1", "§1.b.iv", 6), ("llama2", "§2", 5), ("llama2", "§1.b.iv", 6),
            ("cc-by-nc-4.0", "§2(a)(1)", 6), ("gemma", "§3.2", 6), ("qwen", "§4", 5),
        ])
    func publishedVerdicts(license: String, section: String, criterion: Int) throws {
        let openness = try #require(try PolicySet.builtin().packs[license]?.openness)
        #expect(openness.osd == .nonConformant)
        #expect(openness.osaid == .ineligible)
        let clause = try #require(openness.clauses?.first { $0.section == section })
        #expect(clause.osd.contains(criterion))
    }

    @Test(
        "OSI-approved licenses are conformant, CC BY is open content, the ASCL conformant but unapproved",
        arguments: [
            ("apache-2.0", OSDVerdict.conformant, true), ("mit", .conformant, true), ("cc-by-4.0", .openContent, false),
            ("apple-ascl", .conformant, false),
        ])
    func openLicenses(license: String, verdict: OSDVerdict, osiApproved: Bool) throws {
        let openness = try #require(try PolicySet.builtin().packs[license]?.openness)
        #expect(openness.osd == verdict)
        #expect(openness.osiApproved == osiApproved)
        #expect(openness.clauses ?? [] == [])
    }

    @Test(
        "a block whose parts disagree is rejected",
        arguments: [
            (LicenseOpenness(osd: .nonConformant, osiApproved: false, osaid: .ineligible), "names the clauses"),
            (LicenseOpenness(osd: .doubtful, osiApproved: true, osaid: .unclear), "OSI-approved"),
            (
                LicenseOpenness(
                    osd: .conformant, osiApproved: true, osaid: .eligible,
                    clauses: [DisqualifyingClause(section: "§1", clause: "x", osd: [6])]), "no disqualifying"
            ),
            (
                LicenseOpenness(
                    osd: .nonConformant, osiApproved: false, osaid: .eligible,
                    clauses: [DisqualifyingClause(section: "§1", clause: "x", osd: [6])]), "ineligible"
            ),
            (
                LicenseOpenness(
                    osd: .nonConformant, osiApproved: false, osaid: .ineligible,
                    clauses: [DisqualifyingClause(section: "§1", clause: "x", osd: [11])]), "1 to 10"
            ),
            (
                LicenseOpenness(
                    osd: .nonConformant, osiApproved: false, osaid: .ineligible, typeAppropriate: [.code],
                    clauses: [DisqualifyingClause(section: "§1", clause: "x", osd: [6])]), "only an open license"
            ),
        ])
    func inconsistentBlocks(openness: LicenseOpenness, complaint: String) {
        #expect(openness.problem?.contains(complaint) == true, "\(openness.problem ?? "no problem")")
    }

    @Test("the loader names the pack file and the first line of a bad openness block")
    func loaderNamesTheLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = BuiltinPoliciesTests.folder
        try FileManager.default.copyItem(
            atPath: "\(source)/general.yml", toPath: folder.appendingPathComponent("general.yml").path)
        try "version: 1\nmodels: []\n".write(
            to: folder.appendingPathComponent("registry.yml"), atomically: true, encoding: .utf8)
        let pack = try String(contentsOfFile: "\(source)/mit.yml", encoding: .utf8)
            .replacingOccurrences(of: "  osd: conformant", with: "  osd: non-conformant")
        try pack.write(to: folder.appendingPathComponent("mit.yml"), atomically: true, encoding: .utf8)
        let line = try #require(pack.components(separatedBy: "\n").firstIndex(of: "openness:")) + 2
        let expected = PolicyError.invalidValue(
            file: "\(folder.path)/mit.yml", line: line,
            reason: "openness: an OSI-approved license is osd: conformant, not non-conformant")
        #expect(throws: expected) { try PolicySet.load(directory: folder.path) }
    }
}
