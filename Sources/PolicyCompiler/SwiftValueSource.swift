/// Writes a value of plain types as the Swift expression that builds it: structs through their
/// memberwise initializer (labels and order from `Mirror`, so the type needs a public initializer
/// taking every stored property in declaration order), enums as `Type.case(payload)`, arrays,
/// dictionaries with their keys sorted, optionals, strings, integers (`UInt64` in hex), finite doubles and
/// booleans.
enum SwiftValueSource {
    /// The expression for `value`, types named without their module.
    static func expression(_ value: Any) -> String {
        switch value {
        case let text as String: return literal(text)
        case let number as Int: return String(number)
        case let number as UInt64: return "0x" + String(number, radix: 16)
        case let number as Double:
            precondition(number.isFinite, "PolicyCompiler: \(number) has no Swift literal")
            return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { expression($0.value) } ?? "nil"
        case .collection:
            return "[" + mirror.children.map { expression($0.value) }.joined(separator: ", ") + "]"
        case .dictionary:
            let pairs = mirror.children.map { pair -> String in
                let parts = Array(Mirror(reflecting: pair.value).children)
                return expression(parts[0].value) + ": " + expression(parts[1].value)
            }
            return pairs.isEmpty ? "[:]" : "[" + pairs.sorted().joined(separator: ", ") + "]"
        case .enum:
            guard let payload = mirror.children.first, let name = payload.label else {
                return "\(typeName(of: value)).\(value)"
            }
            return "\(typeName(of: value)).\(name)(\(expression(payload.value)))"
        case .struct:
            let arguments = mirror.children.map { "\($0.label ?? "_"): \(expression($0.value))" }
            return "\(typeName(of: value))(" + arguments.joined(separator: ", ") + ")"
        default:
            preconditionFailure("PolicyCompiler: \(type(of: value)) has no Swift expression")
        }
    }

    /// A Swift string literal holding `value` exactly.
    private static func literal(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: text += "\\u{\(String(scalar.value, radix: 16))}"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }

    /// `BaseModelFingerprint.Source` for `PolicyEngine.BaseModelFingerprint.Source`.
    private static func typeName(of value: Any) -> String {
        String(reflecting: type(of: value)).split(separator: ".").dropFirst().joined(separator: ".")
    }
}
