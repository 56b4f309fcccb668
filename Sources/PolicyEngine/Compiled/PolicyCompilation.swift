import BundleModel
import Foundation

/// Turns policies the strict loader read into their compiled form, and compiled parts back into
/// values. Compiling checks that every part decodes back to exactly what was read, so the binary
/// cannot carry a pack that says something else than its YAML.
public enum PolicyCompilation {
    /// Compiles policies read from a folder (`PolicySet.load(directory:)`).
    ///
    /// - Throws: `PolicyError.invalidValue` naming the file whose compiled form does not decode
    ///   to the same value, or a fingerprint file that is not a valid fingerprint.
    public static func compile(_ policies: PolicySet) throws(PolicyError) -> CompiledPolicies {
        let display = { (name: String) in "\(policies.origin)/\(name)" }
        var general = policies.general
        general.rules = general.rules.map(withoutExamples)
        let generalExamples = try json(examples(of: policies.general.rules), file: display(PolicyLoader.generalFile))
        var packs: [CompiledPack] = []
        for id in policies.packs.ids {
            guard let pack = policies.packs[id] else { continue }
            packs.append(try compile(pack, file: "\(policies.origin) (the \(id) pack)"))
        }
        var dataFiles: [String: PolicyDataFile] = [:]
        // The base-model table is compiled apart, as Swift values (`CompiledPolicySource`).
        for (name, file) in policies.dataFiles where name != PolicyLoader.baseModelsFile {
            guard case .json(let text) = file else { dataFiles[name] = file; continue }
            dataFiles[name] =
                isFingerprint(name)
                ? .compiledFingerprint(try FingerprintTable.compile(text, file: display(name))) : file
        }
        let compiled = CompiledPolicies(
            registry: policies.registry, general: general, generalExamples: generalExamples, packs: packs,
            baseModels: policies.baseModels, dataFiles: dataFiles)
        try requireSame(try PolicySet(compiled: compiled, includingExamples: true), as: policies)
        return compiled
    }

    /// Decodes a compiled pack, with its rules' examples when asked for.
    static func decode(_ source: CompiledPack, includingExamples: Bool) throws -> PolicyPack {
        var pack = try JSONDecoder().decode(PolicyPack.self, from: Data(source.json.utf8))
        if includingExamples { pack.rules = try withExamples(pack.rules, from: source.examples) }
        return pack
    }

    /// The compiled general pack, with its rules' examples decoded when asked for.
    static func general(_ compiled: CompiledPolicies, includingExamples: Bool) throws -> GeneralPack {
        var general = compiled.general
        if includingExamples { general.rules = try withExamples(general.rules, from: compiled.generalExamples) }
        return general
    }

    private static func compile(_ pack: PolicyPack, file: String) throws(PolicyError) -> CompiledPack {
        var bare = pack
        bare.rules = pack.rules.map(withoutExamples)
        return CompiledPack(
            entry: PackEntry(pack), json: try json(bare, file: file),
            examples: try json(examples(of: pack.rules), file: file))
    }

    private static func examples(of rules: [PolicyRule]) -> [String: [RuleExample]] {
        Dictionary(
            rules.compactMap { rule in rule.examples.map { (rule.id, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    private static func withoutExamples(_ rule: PolicyRule) -> PolicyRule {
        var bare = rule
        bare.examples = nil
        return bare
    }

    private static func withExamples(_ rules: [PolicyRule], from json: String) throws -> [PolicyRule] {
        let examples = try JSONDecoder().decode([String: [RuleExample]].self, from: Data(json.utf8))
        return rules.map { rule in
            var full = rule
            full.examples = examples[rule.id]
            return full
        }
    }

    private static func json(_ value: some Encodable, file: String) throws(PolicyError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw .invalidValue(file: file, line: nil, reason: "cannot be compiled: \(error)")
        }
    }

    /// The compiled policies must decode to exactly what the strict loader read.
    private static func requireSame(_ compiled: PolicySet, as read: PolicySet) throws(PolicyError) {
        let display = { (name: String) in "\(read.origin)/\(name)" }
        let differs = "its compiled form decodes to a different value (a Codable type does not round-trip)"
        guard compiled.registry == read.registry else {
            throw .invalidValue(file: display(PolicyLoader.registryFile), line: nil, reason: differs)
        }
        guard compiled.general == read.general else {
            throw .invalidValue(file: display(PolicyLoader.generalFile), line: nil, reason: differs)
        }
        guard compiled.baseModels == read.baseModels else {
            throw .invalidValue(file: display(PolicyLoader.baseModelsFile), line: nil, reason: differs)
        }
        for id in read.packs.ids where compiled.packs[id] != read.packs[id] {
            throw .invalidValue(file: "\(read.origin) (the \(id) pack)", line: nil, reason: differs)
        }
    }

    private static func isFingerprint(_ name: String) -> Bool {
        name.hasPrefix("fingerprints/") && name.hasSuffix(".json")
    }
}
