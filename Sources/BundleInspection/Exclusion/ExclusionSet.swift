import BundleModel

/// The exclusion rules in force for one bundle, weighed the way git weighs `.gitignore`: the
/// built-in rules first and for good, then the user's, the last that matches deciding — those
/// of `.clearanceignore` before those given for the check (`--exclude`, `exclude:`), as git puts
/// command-line patterns above `.gitignore`. A folder that is excluded cannot have anything
/// under it included again. Counts, per rule, the files and bytes it kept out.
struct ExclusionSet {
    private(set) var rules: [ExclusionRule]
    private var tallies: [Exclusion]
    private let builtInCount: Int
    /// The user's rules in the order they are weighed.
    private var weighing: [Int]
    /// Per rule, the ASCII names a path must hold to be matched by it (its segments without
    /// special characters), so that most paths are cleared without matching any pattern.
    private var requiredNames: [[RequiredName]]

    init(rules: [ExclusionRule]) {
        let builtIn = rules.filter { $0.origin == "built-in" }
        self.rules = builtIn + rules.filter { $0.origin != "built-in" }
        builtInCount = builtIn.count
        tallies = self.rules.map { Exclusion(pattern: $0.pattern, origin: $0.origin) }
        weighing = Array(builtInCount..<self.rules.count)
        requiredNames = self.rules.map(Self.requiredNames)
    }

    /// Adds the rules of a `.clearanceignore` met while reading; they weigh less than the given ones.
    mutating func add(_ more: [ExclusionRule]) {
        weighing.insert(contentsOf: rules.count..<(rules.count + more.count), at: 0)
        rules += more
        tallies += more.map { Exclusion(pattern: $0.pattern, origin: $0.origin) }
        requiredNames += more.map(Self.requiredNames)
    }

    /// The index of the rule that excludes `path` (relative to the bundle root), if any.
    func rule(excluding path: String, isFolder: Bool) -> Int? {
        guard mayMatch(path) else { return nil }
        let components = Self.components(of: path)
        guard !components.isEmpty else { return nil }
        for end in 1...components.count {
            let prefix = components[..<end]
            let folder = end < components.count || isFolder
            if let index = (0..<builtInCount).first(where: {
                rules[$0].compiled?.matches(prefix, isFolder: folder) == true
            }) {
                return index
            }
            var decided: Int?
            for index in weighing {
                guard let pattern = rules[index].compiled, pattern.matches(prefix, isFolder: folder) else { continue }
                decided = pattern.isNegated ? nil : index
            }
            if let decided { return decided }
        }
        return nil
    }

    /// Only the built-in rules, for paths inside nested archives.
    func builtInRule(excluding path: String, isFolder: Bool) -> Int? {
        guard mayMatch(path, builtInOnly: true) else { return nil }
        let components = Self.components(of: path)
        guard !components.isEmpty else { return nil }
        for end in 1...components.count {
            let folder = end < components.count || isFolder
            if let index = (0..<builtInCount).first(where: {
                rules[$0].compiled?.matches(components[..<end], isFolder: folder) == true
            }) {
                return index
            }
        }
        return nil
    }

    /// Whether some rule could match `path` or a folder above it: false when `path` is ASCII
    /// and, for every rule, lacks one of the names that rule requires. (Only for ASCII paths:
    /// a name compares with canonical equivalence, by which some non-ASCII text equals ASCII.)
    func mayMatch(_ path: String, builtInOnly: Bool = false) -> Bool {
        let candidates = builtInOnly ? requiredNames.prefix(builtInCount) : requiredNames[...]
        var path = path
        return path.withUTF8 { Self.mayMatch($0, candidates) }
    }

    /// Whether `bytes` could be matched by one of `candidates`' rules (see `mayMatch(_:builtInOnly:)`).
    private static func mayMatch(_ bytes: UnsafeBufferPointer<UInt8>, _ candidates: ArraySlice<[RequiredName]>) -> Bool
    {
        // Asked of every entry: one pass notes which bytes the path holds, and a name with a
        // byte it lacks is ruled out before it is searched for.
        var high: UInt8 = 0
        var present: UInt64 = 0
        for byte in bytes {
            high |= byte
            present |= RequiredName.bit(byte)
        }
        guard high < 0x80 else { return true }
        for names in candidates where names.allSatisfy({ $0.bytes & ~present == 0 && contains(bytes, $0.name) }) {
            return true
        }
        return false
    }

    private static func requiredNames(of rule: ExclusionRule) -> [RequiredName] {
        (rule.compiled?.segments ?? []).filter { $0 != "**" && Glob.isLiteral($0) && $0.utf8.allSatisfy { $0 < 0x80 } }
            .map { RequiredName(name: Array($0.utf8)) }
    }

    /// A literal name a rule needs, and the bytes it holds as a set of bits (`bit`).
    private struct RequiredName {
        let name: [UInt8]
        let bytes: UInt64

        init(name: [UInt8]) {
            self.name = name
            bytes = name.reduce(0) { $0 | Self.bit($1) }
        }

        /// A byte's bit among 64; bytes 64 apart share one, which only lets more paths through.
        static func bit(_ byte: UInt8) -> UInt64 {
            1 << UInt64(byte & 63)
        }
    }

    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ name: [UInt8]) -> Bool {
        name.withUnsafeBufferPointer { name in
            guard let first = name.first else { return true }
            guard text.count >= name.count else { return false }
            for start in 0...(text.count - name.count) where text[start] == first {
                var offset = 1
                while offset < name.count, text[start + offset] == name[offset] { offset += 1 }
                if offset == name.count { return true }
            }
            return false
        }
    }

    /// The components of a root-relative path, split byte by byte.
    private static func components(of path: String) -> [Substring] {
        path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    }

    /// Credits rule `index` with one excluded file of `bytes`.
    mutating func count(_ index: Int, bytes: UInt64) {
        tallies[index].files += 1
        tallies[index].bytes += bytes
    }

    /// Every rule with what it excluded: the user's always, the built-in ones when they applied.
    var tally: [Exclusion] {
        tallies.enumerated().filter { $0.offset >= builtInCount || $0.element.files > 0 }.map(\.element)
    }
}

extension ExclusionSet {
    /// Whether some rule could match the path of `bytes` (its UTF-8, relative to the root) or a
    /// folder above it, read in place: when not, `rule(excluding:isFolder:)` finds nothing, and
    /// a pass over a whole listing makes no string of such a path.
    func mayMatch(pathBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.mayMatch(bytes, requiredNames[...])
    }
}
