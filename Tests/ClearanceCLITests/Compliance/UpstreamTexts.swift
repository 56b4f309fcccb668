import Foundation
import TestSupport

/// The upstream license texts (`ReferenceData`), read at test time and never committed. Fresh
/// clones may not have them; suites that need them are disabled with a message then.
enum UpstreamTexts {
    static let folder = ReferenceData.licenses

    static let isAvailable = ReferenceData.isAvailable

    static let missingMessage = ReferenceData.skipMessage

    /// `licenses/<license>/<file>`, or an empty text when it is absent (the suite is disabled then).
    static func text(_ license: String, _ file: String = "LICENSE") -> String {
        let url = folder.appendingPathComponent(license).appendingPathComponent(file)
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
