import Foundation

/// The upstream license texts in `../shared/reference/licenses/<id>/` (or `$CLEARANCE_REFERENCE`),
/// read at test time and never committed. Fresh clones may not have them; suites that need them
/// are disabled with a message then.
enum UpstreamTexts {
    static let folder: URL = {
        if let override = ProcessInfo.processInfo.environment["CLEARANCE_REFERENCE"] {
            return URL(fileURLWithPath: override).appendingPathComponent("licenses")
        }
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared/reference/licenses")
    }()

    static let isAvailable = FileManager.default.fileExists(atPath: folder.appendingPathComponent("llama3.1/LICENSE").path)

    static let missingMessage = "the upstream license texts are not at \(folder.path) (set CLEARANCE_REFERENCE to ../shared/reference)"

    /// `licenses/<license>/<file>`, or an empty text when it is absent (the suite is disabled then).
    static func text(_ license: String, _ file: String = "LICENSE") -> String {
        let url = folder.appendingPathComponent(license).appendingPathComponent(file)
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
