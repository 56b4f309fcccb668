import BuiltinPolicies
import Foundation
@testable import PolicyEngine
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

    /// The JSON copies the binary decodes say exactly what the YAML says.
    @Test func compiledCopiesDecodeLikeTheYAML() throws {
        let strict = try PolicySet.builtin(includingExamples: true)
        let compiled = try PolicySet.builtin()
        #expect(strict.packs.mapValues(Self.withoutExamples) == compiled.packs)
        #expect(Self.withoutExamples(strict.general) == compiled.general)
        #expect(strict.registry == compiled.registry)
        #expect(Set(BuiltinPolicyFiles.compiled.keys) == Set(BuiltinPolicyFiles.files.keys))
    }

    private static func withoutExamples(_ pack: PolicyPack) -> PolicyPack {
        var copy = pack
        copy.rules = copy.rules.map(withoutExamples)
        return copy
    }

    private static func withoutExamples(_ pack: GeneralPack) -> GeneralPack {
        var copy = pack
        copy.rules = copy.rules.map(withoutExamples)
        return copy
    }

    private static func withoutExamples(_ rule: PolicyRule) -> PolicyRule {
        var bare = rule
        bare.examples = nil
        return bare
    }
}
