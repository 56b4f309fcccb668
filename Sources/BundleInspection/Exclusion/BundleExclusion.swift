import ArchiveIO
import BundleModel

/// Keeps what does not belong to a release out of the inspection. Entries are excluded as they
/// stream past, before anything reads them, by the rules known at that moment and their path
/// relative to the root as far as it is known; once the whole bundle is read and the root is
/// settled, every rule (a `.clearanceignore` met late in an archive included) is applied again.
struct BundleExclusion {
    private var rules: ExclusionSet

    /// The largest `.clearanceignore` that is read.
    static let maxIgnoreFileBytes = 64 << 10

    init(rules: [ExclusionRule]) {
        self.rules = ExclusionSet(rules: rules)
    }

    /// Whether `entry` belongs to the bundle; an excluded one is counted and must not be read.
    /// A `.clearanceignore` at the root adds its rules.
    mutating func admits(_ entry: BundleEntry, root: BundleRoot) throws -> Bool {
        let header = entry.header
        let isFolder = header.type == .directory
        if entry.depth > 0 {
            guard let index = rules.builtInRule(excluding: header.name.path, isFolder: isFolder) else { return true }
            if !isFolder { rules.count(index, bytes: header.declaredSize ?? 0) }
            return false
        }
        // Most paths hold none of the names the rules need and are not the ignore file: they are
        // admitted without being made relative to the root. The root only takes a prefix away,
        // so a name the whole path lacks, the relative path lacks too.
        let whole = entry.path
        if !rules.mayMatch(whole), !whole.hasSuffix(ExclusionRule.ignoreFileName) { return true }
        let path = root.relative(whole)
        guard !path.isEmpty else { return true }
        if let index = rules.rule(excluding: path, isFolder: isFolder) {
            if !isFolder { rules.count(index, bytes: header.declaredSize ?? 0) }
            return false
        }
        if path == ExclusionRule.ignoreFileName, header.type == .file {
            let bytes = try entry.content.peek(Self.maxIgnoreFileBytes)
            rules.add(ExclusionRule.rules(ignoreFile: String(decoding: bytes, as: UTF8.self)))
        }
        return true
    }

    /// Applies every rule to the settled, root-relative artifacts, and drops the defects and
    /// documents of what it removes. What lies inside an excluded archive goes with it.
    mutating func settle(
        _ artifacts: inout [Artifact], defects: inout [Defect], documents: inout [String: TextDocument]
    ) {
        // Most paths hold none of the names a rule needs (a listing with `.gitattributes` has one
        // path that does, for `.git/`): only the others are made strings and matched.
        let candidates = artifacts.positions { [rules] in rules.mayMatch(pathBytes: $0) }
        var removed: [Int] = []
        for position in candidates where !artifacts[position].isNested {
            guard let index = rules.rule(excluding: artifacts[position].path, isFolder: false) else { continue }
            rules.count(index, bytes: artifacts[position].size)
            removed.append(position)
        }
        guard !removed.isEmpty else { return }
        artifacts.removeSubranges(RangeSet(removed, within: artifacts))
        let settledRules = rules
        func excluded(_ path: String) -> Bool {
            let location = EntryLocation(reportPath: path)
            let outer = location.archives.first ?? location.path
            return !outer.isEmpty && settledRules.rule(excluding: outer, isFolder: false) != nil
        }
        artifacts.removeAll { excluded($0.path) }
        defects.removeAll { excluded($0.path) }
        documents = documents.filter { !excluded($0.key) }
    }

    /// Every user rule with what it excluded, and the built-in rules that excluded something.
    var tally: [Exclusion] { rules.tally }
}
