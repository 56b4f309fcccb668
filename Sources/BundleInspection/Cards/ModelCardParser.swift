import BundleModel
import YAMLSafety
import Yams

/// Reads a model card: its YAML front matter, guarded against YAML bombs, and its title.
/// Whatever is wrong with the card becomes a `malformedModelCard` defect.
enum ModelCardParser {
    /// Largest front matter parsed.
    static let maxFrontMatterBytes = 256 << 10

    /// What `document` (the card at `path`) says about the model.
    static func parse(_ document: TextDocument, path: String) -> (info: ModelCardInfo, defects: [Defect]) {
        var info = ModelCardInfo()
        var defects: [Defect] = []
        func refuse(_ message: String, line: Int) {
            defects.append(Defect(kind: .malformedModelCard, path: path, message: message, line: line))
        }
        switch FrontMatterLocator.locate(in: document) {
        case .absent:
            break
        case .unclosed:
            info.hasFrontMatter = true
            info.bodyStartLine = document.lines.count + 1
            refuse("the front matter opened on line 1 is never closed with ---", line: 1)
        case .cutOff:
            info.hasFrontMatter = true
            info.bodyStartLine = document.lines.count + 1
            refuse(
                "the front matter is not closed within the part of the card that was read; it was not parsed", line: 1)
        case .found(let frontMatter):
            info.hasFrontMatter = true
            info.bodyStartLine = frontMatter.bodyStartLine
            if let problem = read(frontMatter, into: &info) { refuse(problem.message, line: problem.line) }
        }
        info.title = MarkdownTitle.firstHeading(in: document.lines, from: info.bodyStartLine)
        if info.modelName == nil, let title = info.title, let name = HeadingModelName.name(fromTitle: title) {
            info.modelName = name
            info.modelNameSource = .heading
        }
        return (info, defects)
    }

    /// Parses the front matter into `info`; returns what was wrong, with a 1-based line of the card.
    private static func read(
        _ frontMatter: FrontMatter, into info: inout ModelCardInfo
    ) -> (message: String, line: Int)? {
        guard frontMatter.byteCount <= maxFrontMatterBytes else {
            return ("the front matter is larger than \(maxFrontMatterBytes >> 10) KiB; it was not parsed", 1)
        }
        if let violation = YAMLGuard.check(Array(frontMatter.lines)) {
            return (
                "the front matter was not parsed: it has \(violation.reason)",
                frontMatter.firstLine + violation.lineIndex
            )
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: frontMatter.yaml)
        } catch {
            let problem = YAMLProblem(error)
            let line = problem.line.map { frontMatter.firstLine + $0 - 1 } ?? 1
            return ("the front matter is not valid YAML: \(problem.reason)", line)
        }
        guard let root else { return nil }
        guard let mapping = root.mapping else {
            return ("the front matter is not a mapping of keys to values", frontMatter.firstLine)
        }
        ModelCardFields(mapping: mapping).apply(to: &info)
        return nil
    }
}
