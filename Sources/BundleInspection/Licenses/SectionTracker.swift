/// Follows the numbering of a canonical text to label each sentence with its section
/// (`1.b.iii`, `3.1(a)`, `Attachment A`).
///
/// A level is opened by a numbering style (numbers, letters, roman numerals, dotted numbers,
/// each plain or in parentheses). A number in a style already open closes the levels below
/// it; a new style opens a level below the current one. Roman `i`, `v`, `x` are told from the
/// letters by what precedes them (`h` → `i` is a letter).
struct SectionTracker {
    private enum Style: Equatable {
        case heading, dotted, number, letter, upperLetter, roman, upperRoman
    }

    private struct Level {
        var style: Style
        var parenthesised: Bool
        var value: String
        var indentation: Int

        var display: String { parenthesised ? "(\(value))" : value }
    }

    private var levels: [Level] = []

    /// The label of the current section, or nil before the first number.
    var label: String? {
        guard !levels.isEmpty else { return nil }
        var label = ""
        for (position, level) in levels.enumerated() {
            let next = position + 1 < levels.count ? levels[position + 1] : nil
            if let next, next.style == .dotted, next.value.hasPrefix(level.value + ".") { continue }
            if !label.isEmpty, !level.parenthesised { label += "." }
            label += level.display
        }
        return label
    }

    /// Opens a top-level section for a heading such as `Section 2`, `Article IV` or
    /// `Attachment A`; `keyword` is the heading's first word.
    mutating func enterHeading(keyword: String, number: String) {
        let lower = keyword.lowercased()
        let value = lower == "section" || lower == "article" ? number : "\(keyword) \(number)"
        levels = [Level(style: .heading, parenthesised: false, value: value, indentation: 0)]
    }

    /// Moves to the section an enumerator names.
    mutating func enter(_ enumerator: Enumerator) {
        let style = style(of: enumerator)
        let parenthesised = enumerator.punctuation == .parenthesised
        let level = Level(
            style: style, parenthesised: parenthesised, value: enumerator.text, indentation: enumerator.indentation)
        if style == .dotted {
            levels.removeAll { $0.style != .heading }
            levels.append(level)
            return
        }
        let same = levels.indices.filter { levels[$0].style == style && levels[$0].parenthesised == parenthesised }
        if let match = same.last(where: { abs(levels[$0].indentation - enumerator.indentation) <= 1 })
            ?? same.first(where: { levels[$0].indentation > enumerator.indentation })
            ?? same.last(where: { enumerator.indentation < levels[$0].indentation + 3 })
        {
            levels.removeSubrange((match + 1)...)
            levels[match] = level
        } else {
            levels.append(level)
        }
    }

    private func style(of enumerator: Enumerator) -> Style {
        let text = enumerator.text
        if enumerator.punctuation == .dotted || text.contains(".") { return .dotted }
        if Enumerator.isNumber(text) { return .number }
        let upper = text == text.uppercased()
        guard Enumerator.isRoman(text) else { return upper ? .upperLetter : .letter }
        if text.count > 1 { return upper ? .upperRoman : .roman }
        let letterStyle: Style = upper ? .upperLetter : .letter
        let romanStyle: Style = upper ? .upperRoman : .roman
        if let letter = levels.last(where: { $0.style == letterStyle }), Self.follows(text, letter.value) {
            return letterStyle
        }
        if let roman = levels.last(where: { $0.style == romanStyle }),
            Self.romanValue(text) == Self.romanValue(roman.value) + 1
        {
            return romanStyle
        }
        return text.lowercased() == "i" ? romanStyle : letterStyle
    }

    /// Whether `letter` is the letter right after `previous` (`i` after `h`).
    private static func follows(_ letter: String, _ previous: String) -> Bool {
        guard let current = letter.lowercased().unicodeScalars.first,
            let before = previous.lowercased().unicodeScalars.first
        else { return false }
        return current.value == before.value + 1
    }

    /// The value of a roman numeral up to 39.
    private static func romanValue(_ text: String) -> Int {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10]
        let digits = text.lowercased().compactMap { values[$0] }
        var total = 0
        for (index, value) in digits.enumerated() {
            if index + 1 < digits.count, value < digits[index + 1] { total -= value } else { total += value }
        }
        return total
    }
}
