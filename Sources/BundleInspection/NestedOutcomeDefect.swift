import ArchiveIO
import BundleModel

/// Turns what happened to a nested archive into a defect when something was not followed.
enum NestedOutcomeDefect {
    static func defect(for outcome: NestedOutcome, path: String) -> Defect? {
        switch outcome {
        case .listed, .notAnArchive:
            return nil
        case .depthLimitReached(let limit):
            return Defect(kind: .nestingDepthExceeded, path: path, message: "an archive nested deeper than \(limit) levels; its contents were not inspected")
        case .budgetExceeded(let limit):
            return Defect(kind: .decompressionBudgetExceeded, path: path, message: "reading it would decompress more than \(limit) bytes of nested archives; the rest was not inspected")
        case .unsupported(let reason):
            return Defect(kind: .nestedArchiveUnsupported, path: path, message: "not inspected: \(reason)")
        case .corrupt(let reason):
            return Defect(kind: .nestedArchiveCorrupt, path: path, message: "a damaged archive: \(reason)")
        }
    }
}
