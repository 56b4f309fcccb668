/// A file's name as `MOFComponentLocator` compares it, in lower case: whether the name, its stem
/// or its extension is, starts with or contains one of a list's words.
///
/// An ASCII name is read in place from the path's bytes (`ASCIIName`); any other is lower-cased
/// and compared as text (`PathParts`), character by character, as Swift compares strings.
protocol LocatedName {
    /// Whether `part` is one of `words`.
    func `is`(_ part: NamePart, oneOf words: WordList) -> Bool
    /// Whether `part` starts with one of `words`.
    func starts(_ part: NamePart, withOneOf words: WordList) -> Bool
    /// Whether `part` contains one of `words`.
    func contains(_ part: NamePart, oneOf words: WordList) -> Bool
}

/// A part of a file's name: the whole name, its stem, or its extension (after the last dot that
/// does not start the name; empty without one).
enum NamePart {
    case name, stem, ext
}

/// An ASCII file name, read in place from the bytes of its path and lower-cased as it is compared.
struct ASCIIName: LocatedName {
    /// The name as written.
    let name: UnsafeBufferPointer<UInt8>
    /// The name before its extension's dot.
    let stem: UnsafeBufferPointer<UInt8>
    /// The name after its extension's dot.
    let ext: UnsafeBufferPointer<UInt8>

    /// The name `name`, which is ASCII.
    init(_ name: UnsafeBufferPointer<UInt8>) {
        self.name = name
        if let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex {
            stem = UnsafeBufferPointer(rebasing: name[..<dot])
            ext = UnsafeBufferPointer(rebasing: name[(dot + 1)...])
        } else {
            stem = name
            ext = UnsafeBufferPointer(rebasing: name[name.endIndex...])
        }
    }

    func `is`(_ part: NamePart, oneOf words: WordList) -> Bool {
        words.contains(lowering: bytes(of: part))
    }

    func starts(_ part: NamePart, withOneOf words: WordList) -> Bool {
        words.startsOne(lowering: bytes(of: part))
    }

    func contains(_ part: NamePart, oneOf words: WordList) -> Bool {
        words.occurs(lowering: bytes(of: part))
    }

    private func bytes(of part: NamePart) -> UnsafeBufferPointer<UInt8> {
        switch part {
        case .name: name
        case .stem: stem
        case .ext: ext
        }
    }
}

extension PathParts: LocatedName {
    func `is`(_ part: NamePart, oneOf words: WordList) -> Bool {
        words.words.contains(text(of: part))
    }

    func starts(_ part: NamePart, withOneOf words: WordList) -> Bool {
        words.words.contains(where: text(of: part).hasPrefix)
    }

    func contains(_ part: NamePart, oneOf words: WordList) -> Bool {
        words.words.contains(where: text(of: part).contains)
    }

    private func text(of part: NamePart) -> String {
        switch part {
        case .name: name
        case .stem: stem
        case .ext: ext
        }
    }
}
