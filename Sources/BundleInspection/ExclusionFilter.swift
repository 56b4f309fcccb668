import BundleModel

/// Applies the exclusion rules to the settled artifacts and counts, per rule, what each kept out.
struct ExclusionFilter {
    let rules: [ExclusionRule]
    /// One entry per rule, in order, with its count and bytes.
    private(set) var tally: [Exclusion]

    init(rules: [ExclusionRule]) {
        self.rules = rules
        tally = rules.map { Exclusion(pattern: $0.pattern, origin: $0.origin) }
    }

    /// Whether the artifact is excluded; the first rule that matches it is credited.
    mutating func excludes(_ artifact: Artifact) -> Bool {
        // What is inside an excluded archive goes with it.
        let inBundle = artifact.location.archives.first ?? artifact.location.path
        guard let index = rules.firstIndex(where: { $0.excludes(inBundle) }) else { return false }
        tally[index].files += 1
        tally[index].bytes += artifact.size
        return true
    }

    /// Whether a path (of a defect or a document) lies in what the rules exclude.
    func covers(_ path: String) -> Bool {
        rules.contains { $0.excludes(self.path(path)) }
    }

    /// The bundle-level part of a nested entry's path (`outer.zip!/inner` → `outer.zip`): what is
    /// inside an excluded archive goes with it.
    private func path(_ path: String) -> String {
        path.range(of: "!/").map { String(path[..<$0.lowerBound]) } ?? path
    }
}
