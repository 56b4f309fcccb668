/// How much more of a GGUF header's values a reading may keep in memory; shared by every value
/// of one header. Spending it never stops the reading: the rest is still read and checked.
final class GGUFKeptBudget {
    /// What one kept value costs besides its text.
    static let valueCost = 16

    private(set) var remaining: Int

    init(_ bytes: Int) {
        remaining = bytes
    }

    var isSpent: Bool { remaining <= 0 }

    func charge(_ bytes: Int) {
        remaining -= bytes
    }
}
