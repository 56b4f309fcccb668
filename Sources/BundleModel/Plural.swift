/// A count with its noun in the right number: `1 tensor`, `2 tensors`, `0 questions`.
public enum Plural {
    /// `count` followed by `singular`, or by `plural` (default: `singular` + "s") unless it is 1.
    public static func of<Count: BinaryInteger>(_ count: Count, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
