import BuiltinPolicies
import Foundation
import PolicyEngine
import Testing

/// The policies compiled into the binary are exactly the files of `policies/`.
@Suite struct BuiltinPoliciesTests {
    @Test func compiledCopyMatchesThePoliciesFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../policies").standardizedFileURL
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        var onDisk: [String: String] = [:]
        for case let url as URL in enumerator where ["yml", "yaml", "json"].contains(url.pathExtension) {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))
            onDisk[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        #expect(Set(onDisk.keys) == Set(BuiltinPolicyFiles.files.keys), "run ci/embed-policies")
        for (name, text) in onDisk {
            #expect(BuiltinPolicyFiles.files[name] == text, "\(name) changed: run ci/embed-policies")
        }
    }

    @Test func loadingWithoutExamplesChangesNothingElse() throws {
        let full = try PolicySet.builtin()
        let lean = try PolicySet.builtin(examples: false)
        #expect(lean.allRules.allSatisfy { $0.rule.examples == nil })
        #expect(full.allRules.contains { $0.rule.examples != nil })
        let stripped = full.packs.mapValues { pack in
            var copy = pack
            copy.rules = pack.rules.map { rule in
                var bare = rule
                bare.examples = nil
                return bare
            }
            return copy
        }
        #expect(stripped == lean.packs)
        #expect(full.registry == lean.registry)
        #expect(full.general.rules.map(\.id) == lean.general.rules.map(\.id))
    }
}
