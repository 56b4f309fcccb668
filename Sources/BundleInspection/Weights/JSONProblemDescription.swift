/// A short account of why JSON did not decode, for a defect message.
enum JSONProblemDescription {
    /// Where decoding failed (a dotted path) and why, in one line.
    static func describe(_ error: DecodingError) -> String {
        let (path, reason): ([any CodingKey], String) =
            switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context):
                (context.codingPath, context.debugDescription)
            case .keyNotFound(let key, let context):
                (context.codingPath, "the key \(MessageText.quoted(key.stringValue)) is missing")
            case .dataCorrupted(let context) where context.codingPath.isEmpty:
                // Foundation also reports a negative, fractional or oversized integer this way, without a path.
                ([], "it is not well-formed JSON, or one of its numbers is not a whole number in range")
            case .dataCorrupted(let context):
                (context.codingPath, context.debugDescription)
            @unknown default:
                ([], "it does not have the expected structure")
            }
        guard !path.isEmpty else { return reason }
        let location = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        return "at \(MessageText.quoted(location)): \(reason)"
    }
}
