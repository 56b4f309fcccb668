/// A Hub repository named as a bundle: `hf://ORG/NAME[@REVISION]`.
public struct HubReference: Sendable, Equatable {
    /// `ORG/NAME`.
    public let repository: String
    /// A branch, tag or commit; `main` when none is given.
    public let revision: String

    /// The prefix that marks a bundle as a Hub repository.
    public static let scheme = "hf://"

    /// Parses `text`; nil when it does not start with `hf://`.
    ///
    /// - Throws: `HubError.invalidReference` when it does but names no valid repository.
    public init?(parsing text: String) throws(HubError) {
        guard text.hasPrefix(Self.scheme) else { return nil }
        let rest = text.dropFirst(Self.scheme.count)
        let parts = rest.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        let names = parts[0].split(separator: "/", omittingEmptySubsequences: false)
        guard names.count == 2, names.allSatisfy(Self.isValidName) else {
            throw .invalidReference(text, reason: "expected hf://ORG/NAME or hf://ORG/NAME@REVISION")
        }
        if parts.count == 2 {
            let revision = parts[1]
            guard !revision.isEmpty, revision.count <= 256,
                !revision.contains(where: { $0.isWhitespace || $0.isNewline })
            else {
                throw .invalidReference(text, reason: "the revision after @ is empty or malformed")
            }
            self.revision = String(revision)
        } else {
            revision = "main"
        }
        repository = names.joined(separator: "/")
    }

    /// Whether the revision is a full commit id, which never moves.
    public var isCommit: Bool {
        revision.count == 40 && revision.allSatisfy(\.isHexDigit)
    }

    private static func isValidName(_ name: Substring) -> Bool {
        !name.isEmpty && name.count <= 96 && name != "." && name != ".."
            && name.unicodeScalars.allSatisfy {
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
            }
    }
}
