/// A Hugging Face model card (`README.md`): YAML front matter, a title and paragraphs.
struct ModelCard: Sendable {
    /// Front-matter keys in order, each with its YAML value as written (`llama3.1`, `[a, b]`).
    var frontMatter: [(key: String, value: String)]
    var title: String
    var paragraphs: [String]

    /// The value of `key`, when present.
    subscript(key: String) -> String? {
        get { frontMatter.first { $0.key == key }?.value }
        set {
            if let newValue {
                if let index = frontMatter.firstIndex(where: { $0.key == key }) {
                    frontMatter[index].value = newValue
                } else {
                    frontMatter.append((key, newValue))
                }
            } else {
                frontMatter.removeAll { $0.key == key }
            }
        }
    }

    /// Removes every paragraph that contains `text`.
    mutating func removeParagraphs(containing text: String) {
        paragraphs.removeAll { $0.contains(text) }
    }

    var text: String {
        let front = frontMatter.map { "\($0.key): \($0.value)" }.joined(separator: "\n")
        return "---\n\(front)\n---\n# \(title)\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }
}
