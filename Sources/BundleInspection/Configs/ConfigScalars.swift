import BundleModel
import Foundation

/// The scalar values of a parsed config that lineage fingerprints compare: every top-level number,
/// bool and short string (and list of them), and those of the nested objects that describe the
/// architecture, as `object.key`.
enum ConfigScalars {
    /// Most values kept from one config.
    static let maxValues = 256
    /// Longest string kept.
    static let maxStringBytes = 256
    /// Nested objects whose values are kept.
    static let nestedObjects = [
        "rope_scaling", "text_config", "unet", "quantization_config", "llm_config", "language_config",
    ]
    /// Keys whose line is recorded.
    static let locatedKeys: Set<String> = [
        "_name_or_path", "name_or_path", "architectures", "vocab_size", "base_model_name_or_path",
        "model_name_or_path", "_class_name", "model_type",
    ]

    static func values(of object: JSONConfigObject) -> [String: ConfigScalar] {
        var values: [String: ConfigScalar] = [:]
        for key in object.values.keys.sorted() where values.count < maxValues {
            if let value = scalar(object.values[key]) { values[key] = value }
        }
        for name in nestedObjects {
            guard let nested = object.values[name] as? [String: Any] else { continue }
            for key in nested.keys.sorted() where values.count < maxValues {
                if let value = scalar(nested[key]) {
                    values["\(name).\(key)"] = value
                } else if key == "rope_scaling", let rope = nested[key] as? [String: Any] {
                    // A multimodal config's text part carries its own rope scaling.
                    for (ropeKey, ropeValue) in rope {
                        if let value = scalar(ropeValue) { values["\(name).rope_scaling.\(ropeKey)"] = value }
                    }
                }
            }
        }
        return values
    }

    /// A JSON value as a scalar; objects, nulls, long strings and deep lists are not kept.
    static func scalar(_ value: Any?, depth: Int = 0) -> ConfigScalar? {
        switch value {
        case let text as String:
            return text.utf8.count <= maxStringBytes ? .string(text) : nil
        case let number as NSNumber:
            return isBool(number) ? .bool(number.boolValue) : .number(number.doubleValue)
        case let items as [Any] where depth == 0 && items.count <= 64:
            let scalars = items.compactMap { scalar($0, depth: 1) }
            return scalars.count == items.count ? .list(scalars) : nil
        default:
            return nil
        }
    }

    /// JSONSerialization gives bools as NSNumbers; their type encoding tells them apart.
    private static func isBool(_ number: NSNumber) -> Bool {
        let type = String(cString: number.objCType)
        return type == "c" || type == "B"
    }
}
