import ArchiveIO
import BundleModel

/// Turns what happened to a nested archive into a defect when something was not followed.
enum NestedOutcomeDefect {
    static func defect(for outcome: NestedOutcome, path: String) -> Defect? {
        switch outcome {
        case .listed, .notAnArchive:
            return nil
        case .depthLimitReached(let limit):
            return Defect(
                kind: .nestingDepthExceeded, path: path,
                message: "an archive nested deeper than \(limit) levels; its contents were not inspected")
        case .budgetExceeded(let limit):
            return Defect(
                kind: .decompressionBudgetExceeded, path: path,
                message:
                    "reading it would decompress more than \(limit) bytes of nested archives; the rest was not inspected"
            )
        case .unsupported(let reason):
            return Defect(kind: .nestedArchiveUnsupported, path: path, message: "not inspected: \(reason)")
        case .corrupt(let reason):
            return Defect(kind: .nestedArchiveCorrupt, path: path, message: "a damaged archive: \(reason)")
        case .headersDisagree(_, let reason):
            let message =
                "its local headers disagree with its central directory, so zipfile and torch read other "
                + "files than a streaming reader does: \(reason)"
            return Defect(kind: .zipHeadersDisagree, path: path, message: message)
        case .readFromLocalHeaders(_, let reason):
            let message =
                "a zip whose entries were read from its local headers, not from its central directory as "
                + "zipfile and torch read them: \(reason)"
            return Defect(kind: .zipDirectoryUnread, path: path, message: message)
        }
    }
}
