import Crypto
import Foundation
import PolicyEngine

/// Everything besides the bundle that a report depends on, as one digest: the tool version,
/// the policies (every pack, the general checks, the registry and the data files), the facts
/// and waivers files' bytes (and today's date, which waivers expire against), and the options
/// that change a report.
enum CacheContext {
    /// The context digest for reports of `checker`.
    ///
    /// - Throws: when the facts or waivers file cannot be read again.
    static func digest(for checker: Checker) throws -> String {
        let request = checker.request
        var hasher = SHA256()
        func add(_ label: String, _ bytes: some Sequence<UInt8>) {
            hasher.update(data: Array("\(label)\u{0}".utf8))
            hasher.update(data: Array(bytes))
            hasher.update(data: [0])
        }
        add("tool", Clearance.version.utf8)
        add("policies", try policyBytes(checker.policies))
        add("fail-on", request.failOn.rawValue.utf8)
        add("hash", "\(request.computeHashes) \(request.hashBundleFile)".utf8)
        if let facts = request.factsFile { add("facts", try Data(contentsOf: URL(fileURLWithPath: facts))) }
        if let waivers = request.waiversFile {
            add("waivers", try Data(contentsOf: URL(fileURLWithPath: waivers)))
            add("today", request.today.description.utf8)
        }
        return hasher.finalize().hex
    }

    private static func policyBytes(_ policies: PolicySet) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var bytes = Data(policies.origin.utf8)
        bytes += try encoder.encode(policies.sortedPacks)
        bytes += try encoder.encode(policies.general)
        bytes += try encoder.encode(policies.registry)
        bytes += try encoder.encode(policies.dataFiles)
        bytes += try encoder.encode(policies.compiledDataFiles)
        return bytes
    }
}
