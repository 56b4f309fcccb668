/// Which words of a normalised text are on which line.
struct LineWords {
    private let lines: [Int]
    private let starts: [Int]
    private let wordCount: Int

    init(_ text: NormalizedText) {
        starts = text.lineStarts
        lines = text.lineStarts.map { text.words[$0].line }
        wordCount = text.words.count
    }

    /// The line numbers that have words, ascending, with the range of their words.
    func lines(from first: Int, through last: Int) -> [(line: Int, words: Range<Int>)] {
        var position = firstPosition(atOrAfter: first)
        var result: [(line: Int, words: Range<Int>)] = []
        while position < lines.count, lines[position] <= last {
            let end = position + 1 < starts.count ? starts[position + 1] : wordCount
            result.append((lines[position], starts[position]..<end))
            position += 1
        }
        return result
    }

    private func firstPosition(atOrAfter line: Int) -> Int {
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle] < line { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
