import Crypto
import Foundation
import PolicyEngine

/// Everything besides the bundle that a report depends on, as one digest: the tool version,
/// the policies (every pack, the general checks, the registry, the lineage table and the data files), the facts
/// and waivers (the files' names, which findings cite, and bytes, answers included; inline facts
/// from a `.clearance.yml`; today's date, which waivers expire against), the configuration file
/// in force, and the options that change a report: `--fail-on` (or `failOn`), `--hash`,
/// `--no-bundle-facts`, the exclusions (`--exclude`, `exclude:`) and `--follow-links`. A
/// `.clearanceignore` is part of the bundle, and so of its identity.
///
/// The cache holds the JSON report, the only form `--batch` writes; what shapes other formats
/// only (`--rule-docs-url`, the text layout) is not part of it.
enum CacheContext {
    /// The context digest for reports of `checker` made by the tool at `toolVersion`.
    ///
    /// - Throws: when the facts, waivers or configuration file cannot be read again.
    static func digest(for checker: Checker, toolVersion: String = Clearance.version) throws -> String {
        let request = checker.request
        var hasher = SHA256()
        func add(_ label: String, _ bytes: some Sequence<UInt8>) {
            hasher.update(data: Array("\(label)\u{0}".utf8))
            hasher.update(data: Array(bytes))
            hasher.update(data: [0])
        }
        func addFile(_ label: String, _ path: String?) throws {
            guard let path else { return }
            add(label, path.utf8)
            add("\(label) bytes", try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        add("tool", toolVersion.utf8)
        add("policies", try policyBytes(checker.policies))
        add("fail-on", request.failOn.rawValue.utf8)
        add("hash", "\(request.computeHashes) \(request.hashBundleFile)".utf8)
        add("bundle facts", (request.ignoreBundleFacts ? "ignored" : "used").utf8)
        for rule in request.exclusions { add("exclude", "\(rule.pattern)\u{0}\(rule.origin)".utf8) }
        add("follow links", "\(request.followLinks)".utf8)
        try addFile("config", request.configFile)
        try addFile("facts", request.factsFile)
        if let inline = request.inlineFacts { add("inline facts", try sortedJSON(inline.facts)) }
        try addFile("waivers", request.waiversFile)
        if request.waiversFile != nil { add("today", request.today.description.utf8) }
        return hasher.finalize().hex
    }

    private static func sortedJSON(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(value)
    }

    private static func policyBytes(_ policies: PolicySet) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var bytes = Data(policies.origin.utf8)
        bytes += try encoder.encode(policies.sortedPacks)
        bytes += try encoder.encode(policies.general)
        bytes += try encoder.encode(policies.registry)
        bytes += try encoder.encode(policies.baseModels)
        for (name, file) in policies.dataFiles.sorted(by: { $0.key < $1.key }) {
            let (form, text) =
                switch file {
                case .json(let text): ("json", text)
                case .yaml(let text): ("yaml", text)
                case .compiledFingerprint(let fingerprint):
                    ("compiled fingerprint", String(decoding: try sortedJSON(fingerprint), as: UTF8.self))
                }
            bytes += Data("\u{0}\(name)\u{0}\(form)\u{0}".utf8) + Data(text.utf8)
        }
        return bytes
    }
}
