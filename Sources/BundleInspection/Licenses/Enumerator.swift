/// A list or section number that opens a sentence (`1.`, `b.`, `(iii)`, `1.1`). Identification
/// drops them, so renumbered or re-bulleted lists still match; fingerprints use them to label
/// sections.
struct Enumerator: Equatable {
    /// How the number is written around.
    enum Punctuation: Equatable {
        /// `1.` or `1)`
        case trailing
        /// `(a)`
        case parenthesised
        /// `1.1`, `3.2`: a dotted section number standing alone.
        case dotted
    }

    /// The number as written (`iii`, `B`, `1.1`).
    var text: String
    var punctuation: Punctuation
    /// The indentation of the line it was found on.
    var indentation: Int

    /// Recognises `word` as an enumerator from the characters around it, or returns nil.
    static func recognise(
        _ word: String, before: Unicode.Scalar?, after: Unicode.Scalar?, indentation: Int
    ) -> Enumerator? {
        let punctuation: Punctuation
        if before == "(", after == ")" {
            punctuation = .parenthesised
        } else if after == "." || after == ")" {
            punctuation = .trailing
        } else if isDotted(word), after == nil || after == " " {
            punctuation = .dotted
        } else {
            return nil
        }
        guard hasShape(word) else { return nil }
        return Enumerator(text: word, punctuation: punctuation, indentation: indentation)
    }

    /// Whether `word` is written like a list or section number (`3`, `b`, `iv`, `2.1`).
    static func hasShape(_ word: String) -> Bool {
        isDotted(word) || isNumber(word) || word.count == 1 && word.first?.isLetter == true || isRoman(word)
    }

    /// `v.` before a number (`V. 1.1`, `v. 2.0`) abbreviates "version": it is never a list
    /// number, even where a Markdown heading above makes it open a sentence.
    static func isVersionAbbreviation(_ word: String, followedBy rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word == "v" || word == "V", rest.first == "." else { return false }
        let next = rest.dropFirst().drop { $0 == " " || $0 == "*" || $0 == "_" }.first
        return next.map { ("0"..."9").contains($0) } ?? false
    }

    /// One to three digits.
    static func isNumber(_ word: String) -> Bool {
        (1...3).contains(word.count) && word.allSatisfy(\.isASCIIDigit)
    }

    /// A roman numeral up to 39, in one case (`iv`, `XII`).
    static func isRoman(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard !word.isEmpty, word.count <= 6, word == lower || word == word.uppercased() else { return false }
        var rest = Substring(lower)
        var tens = 0
        while rest.hasPrefix("x"), tens < 3 { rest = rest.dropFirst(); tens += 1 }
        return ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"].contains(String(rest))
    }

    /// `1.1`, `3.2.1`: numbers joined by dots.
    private static func isDotted(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
    }
}

extension Character {
    /// `0`…`9`.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
