import Foundation

/// Reads a YAML file given on the command line (facts, waivers) as UTF-8 text.
enum PolicyFileText {
    static func read(_ file: String) throws(PolicyError) -> String {
        do {
            return try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw .unreadable(
                file: file, reason: FileManager.default.fileExists(atPath: file) ? "not UTF-8 text" : "no such file")
        }
    }
}
