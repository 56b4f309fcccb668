import Foundation

/// The model name a card's title gives: `# Model Card for Llama-3.1-Acme-8B` names
/// Llama-3.1-Acme-8B, and so does `# 🦙 Llama-3.1-Acme-8B`; a section heading such as
/// `# Model Details` names nothing.
enum HeadingModelName {
    /// Template openings that precede the name in a title.
    static let templateOpenings = ["model card for ", "model card of ", "model card: "]

    /// Titles of card sections, which cards without a name heading open with, and the PEFT
    /// template's placeholder (`# Model Card for Model ID`).
    static let sectionTitles: Set<String> = [
        "model id", "model card", "model details", "model description", "model summary", "model overview", "overview",
        "introduction",
        "description", "summary", "about", "usage", "quickstart", "quick start", "license", "citation",
    ]

    static func name(fromTitle title: String) -> String? {
        var name = Substring(title)
        name = name.drop { !$0.isLetter && !$0.isNumber }
        for opening in templateOpenings where name.lowercased().hasPrefix(opening) {
            name = name.dropFirst(opening.count).drop { !$0.isLetter && !$0.isNumber }
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty,
            !sectionTitles.contains(trimmed.lowercased().trimmingCharacters(in: .punctuationCharacters))
        else { return nil }
        return trimmed
    }
}
