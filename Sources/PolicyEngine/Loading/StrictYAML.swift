import Foundation
import YAMLSafety
import Yams

/// Decodes typed YAML documents strictly: unknown keys, aliases, oversize and over-deep documents
/// are errors that name the file and the line.
enum StrictYAML {
    static let maxBytes = 4 << 20
    static let maxDepth = 64

    static func decode<T: Codable>(_ type: T.Type, from text: String, file: String) throws(PolicyError) -> T {
        try decodeDocument(type, from: text, file: file).value
    }

    /// Decodes `text`, and returns the composed document with the value, so that callers can
    /// find the line of a key in messages.
    static func decodeDocument<T: Codable>(
        _ type: T.Type, from text: String, file: String
    ) throws(PolicyError) -> (value: T, root: Node) {
        guard text.utf8.count <= maxBytes else {
            throw .invalidValue(file: file, line: nil, reason: "the file is larger than \(maxBytes) bytes")
        }
        try guardShape(of: text, file: file)
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw PolicyError.invalidValue(file: file, line: nil, reason: "the document is empty")
            }
            root = composed
        } catch let error as PolicyError {
            throw error
        } catch {
            throw .invalidYAML(file: file, line: Self.line(of: error), reason: Self.firstLine(of: error))
        }
        try checkShape(root, file: file, depth: 0)
        let value = try YAMLDecodingProblems.decode(T.self, from: root, file: file)
        try checkKeys(of: value, against: root, file: file)
        return (value, root)
    }

    /// The line of the node at `path` (`["waivers", 0, "ruleId"]`), when the document has it.
    static func line(at path: [any CodingKey], in root: Node) -> Int? {
        node(at: path, in: root)?.mark?.line
    }

    /// The first line of the value under the top-level `key` of `text` (for a block, the line after
    /// its key); nil when the text does not have it.
    static func valueLine(of key: String, in text: String) -> Int? {
        guard let root = try? Yams.compose(yaml: text) else { return nil }
        return line(at: [EntryKey(key)], in: root)
    }

    /// The line of the value at `keyPath` in a document already decoded (for errors found after
    /// decoding, such as an unknown template); nil when the text does not have it.
    static func line(of keyPath: [String], in text: String) -> Int? {
        guard var node = try? Yams.compose(yaml: text) else { return nil }
        for key in keyPath {
            guard case .mapping(let mapping) = node, let pair = mapping.first(where: { $0.key.string == key }) else {
                return nil
            }
            if key == keyPath.last { return pair.key.mark?.line }
            node = pair.value
        }
        return node.mark?.line
    }

    /// Rejects aliases and deep nesting before the parser sees them: Yams expands every alias, so
    /// a "billion laughs" would take exponential time to compose or walk.
    private static func guardShape(of text: String, file: String) throws(PolicyError) {
        guard let violation = YAMLGuard.check(text: text, maxAliases: 0, maxDepth: maxDepth) else { return }
        let reason =
            switch violation.problem {
            case .tooManyAliases: "YAML aliases are not allowed"
            case .tooDeep(let limit): "nested deeper than \(limit) levels"
            }
        throw .invalidValue(file: file, line: violation.lineIndex + 1, reason: reason)
    }

    /// Rejects aliases (no "billion laughs") and nesting beyond `maxDepth`.
    private static func checkShape(_ node: Node, file: String, depth: Int) throws(PolicyError) {
        guard depth <= maxDepth else {
            throw .invalidValue(file: file, line: node.mark?.line, reason: "nested deeper than \(maxDepth) levels")
        }
        switch node {
        case .alias:
            throw .invalidValue(file: file, line: node.mark?.line, reason: "YAML aliases are not allowed")
        case .mapping(let mapping):
            for (key, value) in mapping {
                try checkShape(key, file: file, depth: depth + 1)
                try checkShape(value, file: file, depth: depth + 1)
            }
        case .sequence(let sequence):
            for element in sequence { try checkShape(element, file: file, depth: depth + 1) }
        case .scalar:
            break
        }
    }

    /// Every key of the source must survive a round trip through the typed value.
    private static func checkKeys(of value: some Encodable, against root: Node, file: String) throws(PolicyError) {
        let encoder = JSONEncoder()
        guard let data = try? encoder.encode(value),
            let tree = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else {
            return
        }
        try compare(root, tree, file: file, path: "")
    }

    private static func compare(_ node: Node, _ typed: Any, file: String, path: String) throws(PolicyError) {
        switch node {
        case .mapping(let mapping):
            guard let object = typed as? [String: Any] else { return }
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                if case .scalar(let scalar) = value,
                    scalar.string == "null" || scalar.string == "~" || scalar.string.isEmpty, scalar.style == .plain
                {
                    continue
                }
                guard let child = object[name] else {
                    throw .unknownKey(file: file, line: key.mark?.line, key: path.isEmpty ? name : "\(path).\(name)")
                }
                try compare(value, child, file: file, path: path.isEmpty ? name : "\(path).\(name)")
            }
        case .sequence(let sequence):
            guard let array = typed as? [Any] else { return }
            for (index, element) in sequence.enumerated() where index < array.count {
                try compare(element, array[index], file: file, path: "\(path)[\(index)]")
            }
        default:
            return
        }
    }

    static func node(at path: [any CodingKey], in root: Node) -> Node? {
        var current: Node? = root
        for key in path {
            if let index = key.intValue, case .sequence(let sequence)? = current {
                current = index < sequence.count ? sequence[index] : nil
            } else {
                current = current?[key.stringValue]
            }
        }
        return current
    }

    private static func line(of error: any Error) -> Int? {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return mark.line
            default:
                return nil
            }
        }
        return nil
    }

    static func firstLine(of error: any Error) -> String {
        String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable"
    }
}
