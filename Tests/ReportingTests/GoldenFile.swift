import Foundation
import Testing

/// The expected output of a reporter, kept in `Golden/`. With `CLEARANCE_UPDATE_GOLDEN=1` in the
/// environment the files are rewritten from the actual output instead of compared.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isUpdating: Bool {
        ProcessInfo.processInfo.environment["CLEARANCE_UPDATE_GOLDEN"] == "1"
    }

    /// The golden text for `name`, after writing `actual` there when updating.
    static func expected(_ name: String, actual: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        if isUpdating {
            try Data(actual.utf8).write(to: url)
            return actual
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Compares line by line, so that a failure names the first line that differs.
    static func expectSameText(
        _ actual: String, _ expected: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, (left, right)) in zip(actualLines, expectedLines).enumerated() where left != right {
            Issue.record(
                "\(name) line \(number + 1) differs:\n  actual:   \(left)\n  expected: \(right)\n(CLEARANCE_UPDATE_GOLDEN=1 regenerates the golden files)",
                sourceLocation: sourceLocation)
            return
        }
        #expect(
            actualLines.count == expectedLines.count,
            "\(name) has \(actualLines.count) lines, the golden file \(expectedLines.count)",
            sourceLocation: sourceLocation)
    }
}
