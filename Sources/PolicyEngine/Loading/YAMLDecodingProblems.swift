import Foundation
import Yams

/// Turns the decoder's errors into sentences for the person who wrote the file: the key, its
/// line, what it must be and what it is (`distributor.monthlyActiveUsers must be a whole number
/// such as 2500000, not “2.5M”`). Every missing required key is reported at once: the decoder
/// stops at the first, so each is filled in with a stand-in and the document decoded again.
enum YAMLDecodingProblems {
    /// Most missing keys looked for in one document.
    static let maxMissingKeys = 32

    /// Stand-ins tried in turn for a missing key, until one has the type the key needs.
    private static var standIns: [Node] {
        [Node("x"), Node("0"), Node("false"), .sequence(Node.Sequence([])), .mapping(Node.Mapping([]))]
    }

    private struct MissingKey {
        let parent: [any CodingKey]
        let key: String
        var standIn = 0
        var path: String { YAMLDecodingProblems.keyPath(parent + [EntryKey(key)]) }
    }

    static func decode<T: Decodable>(_ type: T.Type, from root: Node, file: String) throws(PolicyError) -> T {
        var document = root
        var missing: [MissingKey] = []
        while true {
            do {
                let value = try YAMLDecoder().decode(T.self, from: document)
                if missing.isEmpty { return value }
                break
            } catch DecodingError.keyNotFound(let key, let context) where missing.count < maxMissingKeys {
                let entry = MissingKey(parent: context.codingPath, key: key.stringValue)
                guard !missing.contains(where: { $0.path == entry.path }) else { break }
                missing.append(entry)
                document = patched(document, at: entry.parent, key: entry.key, with: standIns[0])
            } catch let error as DecodingError {
                // A stand-in of the wrong type: try the next kind of value for that key.
                if let index = missing.firstIndex(where: { $0.path == keyPath(error.context.codingPath) }),
                    missing[index].standIn + 1 < standIns.count
                {
                    missing[index].standIn += 1
                    document = patched(
                        document, at: missing[index].parent, key: missing[index].key,
                        with: standIns[missing[index].standIn])
                    continue
                }
                if missing.isEmpty { throw describe(error, in: root, file: file) }
                break
            } catch {
                throw .invalidYAML(file: file, line: nil, reason: StrictYAML.firstLine(of: error))
            }
        }
        throw missingKeys(missing, in: root, file: file)
    }

    /// `missing required keys: approvedBy and expires in waivers[0] (line 2); reason in waivers[1] (line 7)`.
    private static func missingKeys(_ missing: [MissingKey], in root: Node, file: String) -> PolicyError {
        var order: [String] = []
        var byParent: [String: (line: Int?, keys: [String])] = [:]
        for entry in missing {
            let parent = keyPath(entry.parent)
            if byParent[parent] == nil {
                order.append(parent)
                byParent[parent] = (StrictYAML.line(at: entry.parent, in: root), [])
            }
            byParent[parent]?.keys.append(entry.key)
        }
        let parts = order.map { parent in
            let (line, keys) = byParent[parent] ?? (nil, [])
            let place = parent.isEmpty ? "at the top level" : "in \(parent)" + (line.map { " (line \($0))" } ?? "")
            return "\(listed(keys)) \(place)"
        }
        let first = order.first.flatMap { byParent[$0]?.line }
        let noun = missing.count == 1 ? "missing required key" : "missing required keys"
        return .invalidValue(file: file, line: first, reason: "\(noun): \(parts.joined(separator: "; "))")
    }

    private static func describe(_ error: DecodingError, in root: Node, file: String) -> PolicyError {
        let context = error.context
        let path = keyPath(context.codingPath)
        let subject = path.isEmpty ? "the document" : path
        let node = StrictYAML.node(at: context.codingPath, in: root)
        let line = node?.mark?.line
        let reason: String
        switch error {
        case .typeMismatch(let type, _):
            reason = "\(subject) must be \(expectation(type))" + (node.map { ", not \(shown($0))" } ?? "")
        case .valueNotFound(let type, _):
            reason = "\(subject) has no value; it must be \(expectation(type))"
        case .keyNotFound(let key, _):
            reason = "missing required key: \(key.stringValue)" + (path.isEmpty ? "" : " in \(path)")
        case .dataCorrupted:
            let detail =
                context.debugDescription.hasPrefix("must be") ? context.debugDescription : "is not an allowed value"
            reason =
                "\(subject) " + (detail.hasPrefix("must be") ? detail : (node.map { "\(shown($0)) " } ?? "") + detail)
        @unknown default:
            reason = "\(subject) is not valid"
        }
        return .invalidValue(file: file, line: line, reason: reason)
    }

    /// What a value of `type` looks like, in words.
    static func expectation(_ type: Any.Type) -> String {
        if type == Bool.self { return "true or false" }
        if type == String.self { return "text" }
        if type is any BinaryInteger.Type {
            return "a whole number such as 2500000 (digits only, no units or suffixes)"
        }
        if type is any BinaryFloatingPoint.Type { return "a number" }
        if type is any RangeReplaceableCollection.Type { return "a list (one “- item” per line)" }
        return "a mapping of keys to values"
    }

    /// A node as the message shows it: a scalar quoted, else what it is.
    private static func shown(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            "“\(scalar.string.count > 60 ? String(scalar.string.prefix(59)) + "…" : scalar.string)”"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func listed(_ keys: [String]) -> String {
        guard keys.count > 1, let last = keys.last else { return keys.first ?? "" }
        return keys.dropLast().joined(separator: ", ") + " and " + last
    }

    /// `waivers[0].approvedBy`.
    static func keyPath(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    /// `root` with `key` set to `value` in the mapping at `path`.
    private static func patched(_ root: Node, at path: [any CodingKey], key: String, with value: Node) -> Node {
        guard let head = path.first else {
            var copy = root
            copy[key] = value
            return copy
        }
        var copy = root
        let rest = Array(path.dropFirst())
        if let index = head.intValue, case .sequence(var sequence) = root, sequence.indices.contains(index) {
            sequence[index] = patched(sequence[index], at: rest, key: key, with: value)
            copy = .sequence(sequence)
        } else if let child = root[head.stringValue] {
            copy[head.stringValue] = patched(child, at: rest, key: key, with: value)
        }
        return copy
    }
}

private extension DecodingError {
    var context: Context {
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            context
        @unknown default:
            Context(codingPath: [], debugDescription: "")
        }
    }
}
