/// Where an entry sits: a path in the bundle, or a path inside an archive that is itself an
/// entry of the bundle (or of another archive).
///
/// Reports write a location as one string, `outer.zip!/inner/path` (docs/report.md); this type is
/// the only place that writes or reads that form.
public struct EntryLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The paths of the archives that enclose the entry, outermost first, each relative to the
    /// one before it; empty for an entry of the bundle itself.
    public var archives: [String]
    /// The entry's path inside the innermost archive, or in the bundle.
    public var path: String

    /// A location in the bundle itself, or inside `archives`.
    public init(_ path: String, in archives: [String] = []) {
        self.archives = archives
        self.path = path
    }

    /// The location written as reports write it (`outer.zip!/inner/path`).
    public init(reportPath: String) {
        var parts: [String] = []
        var rest = Substring(reportPath)
        while let separator = rest.firstRange(of: Self.separator) {
            parts.append(String(rest[..<separator.lowerBound]))
            rest = rest[separator.upperBound...]
        }
        self.init(String(rest), in: parts)
    }

    /// Whether the entry is inside an archive of the bundle.
    public var isNested: Bool { !archives.isEmpty }

    /// The location of `inner`, an entry of the archive at this location.
    public func appending(_ inner: String) -> EntryLocation {
        EntryLocation(inner, in: archives + [path])
    }

    /// The same location with its outermost path (the one in the bundle) rewritten.
    public func withOutermostPath(_ rewrite: (String) -> String) -> EntryLocation {
        guard let outermost = archives.first else { return EntryLocation(rewrite(path)) }
        var copy = self
        copy.archives[0] = rewrite(outermost)
        return copy
    }

    /// `outer.zip!/inner/path`.
    public var description: String {
        archives.isEmpty ? path : (archives + [path]).joined(separator: Self.separator)
    }

    public init(from decoder: any Decoder) throws {
        self.init(reportPath: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static let separator = "!/"
}
