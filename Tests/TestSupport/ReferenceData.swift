import Foundation

/// The reference data some tests read: the upstream license texts (`licenses/<id>/`) of
/// `$CLEARANCE_REFERENCE`, else of `../shared/reference` next to the repository. They are data the
/// tests build releases from, never committed (the repository holds no third-party text).
///
/// A clone without them skips the suites that need them, with `skipMessage`; under CI (`CI` set)
/// a missing reference is a failure instead, so it cannot pass silently: each test target that
/// reads it has a test that calls `requireInCI()`.
public enum ReferenceData {
    /// The reference folder.
    public static let folder: URL = {
        if let override = ProcessInfo.processInfo.environment["CLEARANCE_REFERENCE"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared/reference")
    }()

    /// The license texts, one folder per license id.
    public static let licenses = folder.appendingPathComponent("licenses")

    /// Whether the license texts are there.
    public static let isAvailable = FileManager.default.fileExists(
        atPath: licenses.appendingPathComponent("llama3.1/LICENSE").path)

    /// Why a suite that needs them is skipped.
    public static let skipMessage =
        "the reference license texts are not at \(licenses.path): "
        + "set CLEARANCE_REFERENCE to a folder holding licenses/<id>/LICENSE to run this suite"

    /// Whether the tests run under CI, where every suite must run.
    public static let isCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

    /// Why the run fails under CI without the reference, or nil when it may go on.
    public static var missingInCI: String? {
        guard isCI, !isAvailable else { return nil }
        return "CI is set, so every suite that reads the reference texts must run, but they are not at \(licenses.path)"
    }
}
