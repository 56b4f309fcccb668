import BuiltinPolicies
import Foundation
import Testing

@testable import PolicyEngine

/// The policies compiled into the binary say exactly what the strict loader reads from `policies/`,
/// and compiled packs are decoded only when asked for.
@Suite struct BuiltinPoliciesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../policies").standardizedFileURL.path

    @Test("the built-in policies are the policies folder, examples included")
    func builtinMatchesTheFolder() throws {
        let read = try PolicySet.load(directory: Self.folder)
        let builtin = try PolicySet.builtin(includingExamples: true)
        #expect(builtin.packs.ids == read.packs.ids)
        #expect(builtin.packs.entries == read.packs.entries)
        for id in read.packs.ids {
            #expect(builtin.packs[id] == read.packs[id], "\(id)")
        }
        #expect(builtin.general == read.general)
        #expect(builtin.registry == read.registry)
        #expect(Set(builtin.dataFiles.keys) == Set(read.dataFiles.keys).subtracting([PolicyLoader.baseModelsFile]))
        for (name, file) in read.dataFiles {
            if case .yaml = file, name != PolicyLoader.baseModelsFile {
                #expect(builtin.dataFiles[name] == file, "\(name)")
            }
        }
        // The base-model table is compiled to Swift values: they must build the same table.
        #expect(builtin.baseModels == read.baseModels)
        #expect(!builtin.baseModels.bases.isEmpty)
    }

    @Test("without examples, the built-in rules are the same rules with none")
    func examplesApart() throws {
        let full = try PolicySet.builtin(includingExamples: true)
        let bare = try PolicySet.builtin()
        for id in full.packs.ids {
            let pack = try #require(full.packs[id])
            #expect(bare.packs[id]?.rules == pack.rules.map(Self.withoutExamples), "\(id)")
        }
        #expect(bare.general.rules == full.general.rules.map(Self.withoutExamples))
        #expect(bare.general.rules.allSatisfy { $0.examples == nil })
    }

    @Test("rules, names and positions are found without decoding a pack")
    func lookups() throws {
        let policies = try PolicySet.builtin()
        #expect(policies.packs.id(named: "Llama 3.1") == "llama3.1")
        #expect(policies.packs.id(named: "llama3.1") == "llama3.1")
        #expect(policies.packs.id(named: "apache license, version 2.0") == "apache-2.0")
        #expect(policies.packs.id(named: "no such license") == nil)
        #expect(policies.packs.id(ofRule: "llama3_1_notice_line") == "llama3.1")
        #expect(policies.rule("llama3_1_notice_line")?.pack?.license.id == "llama3.1")
        let ordered = policies.allRules.map(\.rule.id)
        #expect(ordered.indices.allSatisfy { policies.position(ofRule: ordered[$0]) == $0 })
    }

    @Test("the version rows of --version are those of the decoded packs, the general pack last")
    func versionRows() throws {
        let read = try PolicySet.load(directory: Self.folder)
        let rows = PolicySet.builtinVersions.map {
            [$0.id, $0.licenseVersion ?? "-", "\($0.schemaVersion)", "\($0.ruleCount)"]
        }
        let decoded =
            read.sortedPacks.map { [$0.license.id, $0.license.version, "\($0.version)", "\($0.rules.count)"] }
            + [["general", "-", "\(read.general.version)", "\(read.general.rules.count)"]]
        #expect(rows == decoded)
    }

    @Test("a compiled folder decodes back to what was read")
    func compileRoundTrip() throws {
        let read = try PolicySet.load(directory: Self.folder)
        let compiled = try PolicySet(compiled: PolicyCompilation.compile(read), includingExamples: true)
        #expect(compiled.sortedPacks == read.sortedPacks)
        #expect(compiled.general == read.general)
    }

    @Test("a malformed pack fails compilation with its file and line")
    func malformedPackFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("compile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.copyGeneralPack(to: folder)
        try FileManager.default.copyItem(
            atPath: "\(Self.folder)/mit.yml", toPath: folder.appendingPathComponent("mit.yml").path)
        let pack = folder.appendingPathComponent("mit.yml")
        var lines = try String(contentsOf: pack, encoding: .utf8).components(separatedBy: "\n")
        let severity = try #require(lines.firstIndex { $0.hasPrefix("    severity:") })
        lines.insert("    colour: red", at: severity)
        try lines.joined(separator: "\n").write(to: pack, atomically: true, encoding: .utf8)
        let unknown = PolicyError.unknownKey(file: "\(folder.path)/mit.yml", line: severity + 1, key: "rules[0].colour")
        #expect(throws: unknown) {
            try PolicyCompilation.compile(PolicySet.load(directory: folder.path))
        }
    }

    @Test("a fingerprint file that is not a fingerprint fails compilation")
    func malformedFingerprintFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("compile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("fingerprints"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.copyGeneralPack(to: folder)
        try Data(#"{"name": "x"}"#.utf8).write(to: folder.appendingPathComponent("fingerprints/x.json"))
        #expect {
            try PolicyCompilation.compile(PolicySet.load(directory: folder.path))
        } throws: { error in
            (error as? PolicyError)?.description.hasPrefix(
                "\(folder.path)/fingerprints/x.json: not a license fingerprint") == true
        }
    }

    /// The general pack and an empty registry: the least a policies folder holds.
    private static func copyGeneralPack(to folder: URL) throws {
        try FileManager.default.copyItem(
            atPath: "\(Self.folder)/general.yml", toPath: folder.appendingPathComponent("general.yml").path)
        try Data("version: 1\nmodels: []\n".utf8).write(to: folder.appendingPathComponent("registry.yml"))
    }

    private static func withoutExamples(_ rule: PolicyRule) -> PolicyRule {
        var bare = rule
        bare.examples = nil
        return bare
    }
}
