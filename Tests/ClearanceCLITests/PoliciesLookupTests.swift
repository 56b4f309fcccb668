import Foundation
import TestSupport
import Testing

/// Rules a person or a script can look up: `policies list|show|explain --format json`, the
/// general pack, real examples, and the version of every pack in `--version`.
@Suite struct PoliciesLookupTests {
    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLIRunner.run(["policies"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func listGivesEveryPackAndRule() throws {
        let list = try json(["list"])
        let packs = try #require(list["packs"] as? [[String: Any]])
        #expect(packs.contains { $0["id"] as? String == "llama3.1" && $0["version"] as? String == "2024-07-23" })
        #expect(packs.contains { $0["id"] as? String == "general" })
        let rules = packs.flatMap { $0["rules"] as? [[String: Any]] ?? [] }
        #expect(
            rules.contains { $0["id"] as? String == "llama3_1_notice_line" && $0["severity"] as? String == "error" })
        let process = try #require(list["processRules"] as? [[String: Any]])
        #expect(process.contains { $0["id"] as? String == "bundle_facts_published" })
        let table = try CLIRunner.run(["policies", "list", "--rules"])
        #expect(table.stdout.contains("integrity_missing_weights"))
    }

    @Test func showWorksForThePacksAndForGeneral() throws {
        let general = try json(["show", "general"])
        #expect(
            (general["rules"] as? [[String: Any]])?.contains { $0["id"] as? String == "integrity_missing_weights" }
                == true)
        let text = try CLIRunner.run(["policies", "show", "general"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("security_pickle_code_execution"))
        let llama = try json(["show", "llama3.1"])
        #expect((llama["notices"] as? [String])?.first?.hasPrefix("Llama 3.1 is licensed") == true)
    }

    @Test func explainShowsARealExampleOfTheRule() throws {
        let text = try CLIRunner.run(["policies", "explain", "integrity_missing_weights"])
        #expect(text.stdout.contains("bundle  model.safetensors: a git-lfs pointer (oid sha256:"), "\(text.stdout)")
        #expect(!text.stdout.contains("example lfs-pointer defect"))
        let explained = try json(["explain", "llama3_1_notice_line"])
        let examples = try #require(explained["examples"] as? [[String: Any]])
        #expect(
            examples.contains {
                ($0["bundle"] as? [String])?.contains { $0.hasPrefix("NOTICE: “Llama 3.1 is licensed") } == true
            })
        #expect(examples.allSatisfy { $0["expect"] as? String == $0["actual"] as? String })
        let process = try CLIRunner.run(["policies", "explain", "waiver_expired"])
        #expect(process.status == 0 && process.stdout.contains("Remedy:"))
    }

    @Test func versionListsEveryPolicyPack() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("clearance 0.1.0\n"))
        #expect(result.stdout.contains("llama3.1") && result.stdout.contains("2024-07-23"))
        #expect(result.stdout.contains("general"))
    }
}
