extension TextDocument {
    /// How much of a card's prose is searched for what it states (openness claims, lineage):
    /// real cards are far shorter, and each search costs the length it reads.
    public static let proseByteLimit = 256 << 10

    /// The lines from line `first` (1-based) on, with their numbers, as far as `proseByteLimit`
    /// bytes reach; the line that crosses the limit is cut there.
    public func proseLines(from first: Int) -> [(number: Int, text: String)] {
        var budget = Self.proseByteLimit
        var result: [(number: Int, text: String)] = []
        for (index, line) in lines.enumerated() where index + 1 >= first {
            guard budget > 0 else { break }
            let kept = line.utf8.count <= budget ? line : String(decoding: line.utf8.prefix(budget), as: UTF8.self)
            budget -= line.utf8.count + 1
            result.append((index + 1, kept))
        }
        return result
    }
}
