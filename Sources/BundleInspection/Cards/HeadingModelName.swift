import Foundation

/// The model name a card's title gives: `# Model Card for Llama-3.1-Acme-8B` names
/// Llama-3.1-Acme-8B, and so does `# 🦙 Llama-3.1-Acme-8B`.
enum HeadingModelName {
    /// Template openings that precede the name in a title.
    static let templateOpenings = ["model card for ", "model card of ", "model card: "]

    static func name(fromTitle title: String) -> String? {
        var name = Substring(title)
        name = name.drop { !$0.isLetter && !$0.isNumber }
        for opening in templateOpenings where name.lowercased().hasPrefix(opening) {
            name = name.dropFirst(opening.count).drop { !$0.isLetter && !$0.isNumber }
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}
