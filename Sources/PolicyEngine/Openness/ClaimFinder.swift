import BundleModel

/// Finds what a model card claims about openness: headings, prose and tags that call the release
/// (or its base) open source, and phrases that claim availability ("open weights") or compare it
/// with open-source models, which are accurate. A claim counts only when its subject is this
/// model, its weights or its base: a heading, a tag, a sentence naming the model or its base or
/// speaking of "this model", "we", or the phrase qualifying a model noun.
struct ClaimFinder {
    /// A phrase found, before the licenses judge it.
    struct Found: Equatable {
        var text: String
        var phrase: String
        var kind: OpennessClaim.Kind
        var line: Int
    }

    let card: ReleaseCard
    let document: TextDocument?
    /// Names of the release and its bases, lower case.
    let names: [String]

    /// Longest text quoted from a sentence.
    static let maxQuote = 200

    func find() -> [Found] {
        var found = tagClaims()
        var inFence = false
        var inComment = false
        for (number, line) in document?.proseLines(from: card.info.bodyStartLine) ?? [] {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if trimmed.contains("<!--") {
                inComment = !trimmed.contains("-->")
                continue
            }
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            let lowered = trimmed.lowercased()
            guard ClaimPhrases.triggers.contains(where: lowered.contains) else { continue }
            let isHeading = trimmed.hasPrefix("#")
            for sentence in Self.sentences(CharacterFolding.fold(String(line))) {
                found += claims(in: sentence, heading: isHeading, line: number)
            }
        }
        return found
    }

    private func tagClaims() -> [Found] {
        card.info.tags.filter { ClaimPhrases.tags.contains($0.lowercased()) }.map { tag in
            let line =
                document?.lines.prefix(max(card.info.bodyStartLine - 1, 0))
                .firstIndex { $0.lowercased().contains(tag.lowercased()) }.map { $0 + 1 } ?? 1
            return Found(text: "tags: \(tag)", phrase: tag, kind: .openSource, line: line)
        }
    }

    /// The claims of one sentence, as written; `sentence` is compared in lower case.
    private func claims(in written: String, heading: Bool, line: Int) -> [Found] {
        let sentence = written.lowercased()
        let quote = { (match: Range<String.Index>) in Self.quote(written, lowered: sentence, around: match) }
        var found: [Found] = []
        for match in Self.matches(of: ClaimPhrases.availability, in: sentence) {
            found.append(
                Found(
                    text: quote(match), phrase: String(sentence[match]), kind: .availability,
                    line: line))
        }
        for match in Self.matches(of: ClaimPhrases.openSource, in: sentence) {
            let before = String(sentence[..<match.lowerBound])
            let after = String(sentence[match.upperBound...])
            let afterWords = after.drop { $0 == " " || $0 == "-" }
            if sentence[match].hasSuffix("open"), afterWords.hasPrefix("weight") || afterWords.hasPrefix("access") {
                continue
            }
            if Self.isInsideAddress(sentence, match)
                || ClaimPhrases.negation.contains(where: String(before.suffix(12)).contains)
            {
                continue
            }
            let quoted = quote(match)
            let phrase = String(sentence[match])
            let previousWord = before.split(separator: " ").last.map(String.init) ?? ""
            if ClaimPhrases.comparison.contains(where: before.contains)
                || ClaimPhrases.othersBefore.contains(previousWord)
            {
                found.append(Found(text: quoted, phrase: phrase, kind: .comparison, line: line))
                continue
            }
            if Self.mentions(ClaimPhrases.otherSubjects, after: after) { continue }
            let aboutModel =
                heading || Self.mentions(ClaimPhrases.modelNouns, after: after)
                || ClaimPhrases.selfReferences.contains(where: sentence.contains)
                || names.contains(where: sentence.contains) || sentence.split(separator: " ").count <= 8
            if aboutModel { found.append(Found(text: quoted, phrase: phrase, kind: .openSource, line: line)) }
        }
        return found
    }

    /// Every match of the phrases in `text`, the longest at each place, not inside a word.
    static func matches(of phrases: [String], in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        // Only where a phrase can start is it looked for: a card of megabytes is read in one pass.
        let initials = Set(phrases.compactMap(\.first))
        var position = text.startIndex
        while position < text.endIndex {
            if initials.contains(text[position]), let phrase = phrases.first(where: text[position...].hasPrefix) {
                let end = text.index(position, offsetBy: phrase.count)
                let asciiPhrase = phrase.unicodeScalars.allSatisfy(\.isASCII)
                let startsWord = position == text.startIndex || !text[text.index(before: position)].isLetter
                let endsWord = end == text.endIndex || !text[end].isLetter || !asciiPhrase
                if !asciiPhrase || (startsWord && endsWord) {
                    ranges.append(position..<end)
                    position = end
                    continue
                }
            }
            position = text.index(after: position)
        }
        return ranges
    }

    /// The sentences of a line, split after `.`, `!`, `?` followed by a space, and after `。！？`.
    static func sentences(_ line: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character?
        for character in line {
            if character == " ", let previous, ".!?".contains(previous) {
                sentences.append(current)
                current = ""
            } else {
                current.append(character)
                if "。！？".contains(character) {
                    sentences.append(current)
                    current = ""
                }
            }
            previous = character
        }
        sentences.append(current)
        return sentences.map { $0.trimmingCharacters(in: " #*>-|_") }.filter { !$0.isEmpty }
    }

    /// Whether one of `nouns` comes within the three words after the phrase: a word equal to a
    /// short noun or its plural, beginning with a longer one, or, for CJK nouns, right after it.
    static func mentions(_ nouns: [String], after text: String) -> Bool {
        let words = text.split { !$0.isLetter && !$0.isNumber }.prefix(3).map(String.init)
        let joined = words.joined(separator: " ")
        return nouns.contains { noun in
            if noun.unicodeScalars.contains(where: { !$0.isASCII }) {
                return text.prefix(noun.count + 2).contains(noun)
            }
            if noun.contains(" ") { return joined.hasPrefix(noun) }
            return words.contains { $0 == noun || $0 == noun + "s" || (noun.count >= 4 && $0.hasPrefix(noun)) }
        }
    }

    private static func isInsideAddress(_ text: String, _ match: Range<String.Index>) -> Bool {
        let start = text[..<match.lowerBound].lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
        let end = text[match.upperBound...].firstIndex(of: " ") ?? text.endIndex
        let token = text[start..<end]
        return token.contains("/") || token.contains("://") || token.contains("@")
    }

    /// The sentence as written, cut around the match when it is long.
    private static func quote(_ written: String, lowered: String, around match: Range<String.Index>) -> String {
        guard written.count > maxQuote else { return written }
        let text = written.count == lowered.count ? written : lowered
        let offset = lowered.distance(from: lowered.startIndex, to: match.lowerBound)
        let start = text.index(text.startIndex, offsetBy: max(0, offset - maxQuote / 2))
        let end = text.index(start, offsetBy: min(maxQuote, text.distance(from: start, to: text.endIndex)))
        return (start == text.startIndex ? "" : "…") + text[start..<end] + (end == text.endIndex ? "" : "…")
    }
}
