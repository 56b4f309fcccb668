/// How much the text report shows, and how wide its lines may be.
public struct TextLayout: Sendable {
    /// How much of the report is printed.
    public enum Detail: String, Sendable, CaseIterable {
        /// Only the verdict line (`--quiet`).
        case verdict
        /// Failures and questions, grouped by license, then the verdict (the default).
        case problems
        /// Every finding, passes with their evidence included (`--verbose`).
        case everything
    }

    /// The width used when standard output is not a terminal and `COLUMNS` is not set.
    public static let defaultWidth = 100
    /// Narrower than this, lines are not wrapped any further.
    public static let minimumWidth = 40

    public var detail: Detail
    /// Columns available; long messages and evidence wrap at this width.
    public var width: Int

    public init(detail: Detail = .problems, width: Int = TextLayout.defaultWidth) {
        self.detail = detail
        self.width = max(width, Self.minimumWidth)
    }
}
