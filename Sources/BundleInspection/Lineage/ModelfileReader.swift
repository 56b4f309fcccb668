import Foundation
import BundleModel

/// Reads the `FROM` of an Ollama `Modelfile`: the model it starts from. (The rest of a Modelfile
/// is about running the model.)
enum ModelfileReader {
    /// Whether a file name (lower-cased) is a Modelfile: `Modelfile`, or `NAME.modelfile`.
    static func isModelfile(_ lowerName: String) -> Bool {
        let name = lowerName.split(separator: "/").last.map(String.init) ?? lowerName
        return name == "modelfile" || name.hasSuffix(".modelfile")
    }

    static func read(_ document: TextDocument) -> ModelfileInfo? {
        for (index, line) in document.lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.uppercased().hasPrefix("FROM "), let value = trimmed.split(separator: " ", maxSplits: 1).last else { continue }
            let from = value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            return from.isEmpty ? nil : ModelfileInfo(from: from, fromLine: index + 1)
        }
        return nil
    }
}
