import Foundation
import Synchronization

/// The license packs of a `PolicySet`, found by id, name or rule without decoding them.
///
/// Packs loaded from a folder are decoded already. Compiled packs are decoded the first time
/// they are asked for and kept, so a process that checks many bundles decodes each pack once,
/// and one that checks a single release decodes only the packs that bind it.
public struct PackLibrary: Sendable {
    /// Every pack's entry, sorted by license id.
    public let entries: [PackEntry]
    private let idsByName: [String: String]
    private let idsByRule: [String: String]
    private let rulePositions: [String: Int]
    private let store: PackStore

    /// The license ids, sorted.
    public var ids: [String] { entries.map(\.id) }

    /// How many rules the packs hold.
    public var ruleCount: Int { rulePositions.count }

    /// The pack with this license id, decoded on first use.
    public subscript(id: String) -> PolicyPack? { store.pack(id) }

    /// The license id of the pack that answers to `value` (an id, Hugging Face identifier,
    /// SPDX id or alias): the id itself first, then the first pack by id that has the name.
    public func id(named value: String) -> String? {
        if store.has(value) { return value }
        return idsByName[LicenseInfo.key(value)]
    }

    /// The license id of the pack that holds the rule `ruleID`.
    public func id(ofRule ruleID: String) -> String? { idsByRule[ruleID] }

    /// Where the rule comes among the packs' rules, the packs sorted by id.
    public func position(ofRule ruleID: String) -> Int? { rulePositions[ruleID] }

    /// Packs already decoded (read from a folder).
    init(decoded packs: [String: PolicyPack]) {
        self.init(entries: packs.values.map(PackEntry.init), store: PackStore(decoded: packs))
    }

    /// Compiled packs, decoded when first asked for.
    init(compiled packs: [CompiledPack], includingExamples: Bool) {
        self.init(entries: packs.map(\.entry), store: PackStore(compiled: packs, includingExamples: includingExamples))
    }

    private init(entries: [PackEntry], store: PackStore) {
        self.entries = entries.sorted { $0.id < $1.id }
        var idsByName: [String: String] = [:]
        var idsByRule: [String: String] = [:]
        var rulePositions: [String: Int] = [:]
        for entry in self.entries {
            for key in entry.nameKeys where idsByName[key] == nil { idsByName[key] = entry.id }
            for rule in entry.ruleIDs {
                idsByRule[rule] = entry.id
                rulePositions[rule] = rulePositions.count
            }
        }
        self.idsByName = idsByName
        self.idsByRule = idsByRule
        self.rulePositions = rulePositions
        self.store = store
    }
}

/// Where the packs' values come from, and the ones decoded so far.
private final class PackStore: Sendable {
    private let compiled: [String: CompiledPack]
    private let includingExamples: Bool
    private let decoded: Mutex<[String: PolicyPack]>

    init(decoded packs: [String: PolicyPack]) {
        compiled = [:]
        includingExamples = true
        decoded = Mutex(packs)
    }

    init(compiled packs: [CompiledPack], includingExamples: Bool) {
        compiled = Dictionary(packs.map { ($0.entry.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.includingExamples = includingExamples
        decoded = Mutex([:])
    }

    func has(_ id: String) -> Bool {
        compiled[id] != nil || decoded.withLock { $0[id] != nil }
    }

    func pack(_ id: String) -> PolicyPack? {
        if let pack = decoded.withLock({ $0[id] }) { return pack }
        guard let source = compiled[id] else { return nil }
        let pack = Self.decode(source, includingExamples: includingExamples)
        return decoded.withLock { cache in
            if let first = cache[id] { return first }
            cache[id] = pack
            return pack
        }
    }

    /// Decodes a compiled pack. The build checked that every pack decodes back to what the
    /// strict YAML loader read, so a failure here is a corrupt binary, not bad input.
    private static func decode(_ source: CompiledPack, includingExamples: Bool) -> PolicyPack {
        do {
            return try PolicyCompilation.decode(source, includingExamples: includingExamples)
        } catch {
            preconditionFailure("the built-in pack \(source.entry.id) does not decode: \(error)")
        }
    }
}
