/// Lays out rows in aligned columns separated by two spaces.
public enum TextTable {
    public static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { line($0, widths: widths, rightAligned: rightAligned) }
    }

    /// One row laid out in columns of `widths`; the last column is not padded, so its width
    /// does not matter.
    public static func line(_ row: [String], widths: [Int], rightAligned: Set<Int> = []) -> String {
        row.indices.map { column in
            let cell = row[column]
            if column == row.count - 1 { return cell }
            let padding = String(repeating: " ", count: widths[column] - cell.count)
            return rightAligned.contains(column) ? padding + cell : cell + padding
        }.joined(separator: "  ")
    }
}
