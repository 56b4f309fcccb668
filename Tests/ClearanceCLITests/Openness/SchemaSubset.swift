import Foundation

/// Validates a decoded document against the subset of JSON Schema the MOF schema fixture uses:
/// `type`, `properties`, `required`, `additionalProperties: false`, `enum`, `minLength`,
/// `minItems`, `maxItems`, `items` and `format: date`. Returns every violation, with its path.
struct SchemaSubset {
    let schema: [String: Any]

    func violations(of value: Any?, at path: String = "$") -> [String] {
        validate(value, schema, path)
    }

    private func validate(_ value: Any?, _ schema: [String: Any], _ path: String) -> [String] {
        var problems: [String] = []
        let types = (schema["type"] as? String).map { [$0] } ?? (schema["type"] as? [String]) ?? []
        if !types.isEmpty, !types.contains(where: { Self.matches(value, type: $0) }) {
            return ["\(path): expected \(types.joined(separator: " or ")), found \(String(describing: value))"]
        }
        if let allowed = schema["enum"] as? [String], let text = value as? String, !allowed.contains(text) {
            problems.append("\(path): '\(text)' is not one of \(allowed)")
        }
        if let minimum = schema["minLength"] as? Int, let text = value as? String, text.count < minimum {
            problems.append("\(path): shorter than \(minimum)")
        }
        if schema["format"] as? String == "date", let text = value as? String, !Self.isDate(text) {
            problems.append("\(path): '\(text)' is not a date")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing \(key)")
            }
            for (key, child) in object {
                if let childSchema = properties[key] {
                    problems += validate(child, childSchema, "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected key \(key)")
                }
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum {
                problems.append("\(path): fewer than \(minimum) items")
            }
            if let maximum = schema["maxItems"] as? Int, array.count > maximum {
                problems.append("\(path): more than \(maximum) items")
            }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { problems += validate(item, items, "\(path)[\(index)]") }
            }
        }
        return problems
    }

    private static func matches(_ value: Any?, type: String) -> Bool {
        switch type {
        case "null": return value == nil || value is NSNull
        case "string": return value is String
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        default: return false
        }
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}
