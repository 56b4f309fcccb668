/// What role a file plays in a release, as the report names it in `artifacts[].kind` (docs/report.md).
public enum ArtifactKind: String, Codable, Sendable, CaseIterable, Comparable {
    case weights
    case adapter
    case license
    case notice
    case usePolicy = "use-policy"
    case modelCard = "model-card"
    case config
    case tokenizer
    case lfsPointer = "lfs-pointer"
    case other

    public static func < (lhs: ArtifactKind, rhs: ArtifactKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
