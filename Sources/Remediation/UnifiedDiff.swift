/// A unified diff (`diff -u`) of one file's change, with three lines of context, computed with
/// Myers' algorithm on the lines that differ between the common head and tail.
enum UnifiedDiff {
    /// Lines of context around each change.
    static let context = 3
    /// Past this many lines in the part that differs, the part is shown as removed and added
    /// whole rather than aligned.
    static let maxAlignedLines = 20_000

    /// The diff of `path` from `before` (nil: a new file) to `after`; empty when they are equal.
    static func render(path: String, before: String?, after: String) -> String {
        let old = before.map { TextLines($0).lines } ?? []
        let new = TextLines(after).lines
        let operations = align(old, new)
        guard operations.contains(where: { $0.kind != .same }) else { return "" }
        var output = before == nil ? "--- /dev/null\n" : "--- a/\(path)\n"
        output += "+++ b/\(path)\n"
        for hunk in hunks(operations) {
            output += header(hunk, operations)
            for operation in operations[hunk] {
                let line = operation.kind == .added ? new[operation.new] : old[operation.old]
                let sign = operation.kind == .same ? " " : (operation.kind == .added ? "+" : "-")
                output += sign + line.text + "\n"
                if line.ending.isEmpty { output += "\\ No newline at end of file\n" }
            }
        }
        return output
    }

    struct Operation {
        enum Kind { case same, removed, added }
        var kind: Kind
        /// The index in the old lines (of the line itself, or where an added line goes).
        var old: Int
        /// The index in the new lines (of the line itself, or where a removed line was).
        var new: Int
    }

    /// The lines of `old` and `new` aligned: kept, removed and added lines in file order.
    static func align(_ old: [TextLines.Line], _ new: [TextLines.Line]) -> [Operation] {
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] {
            tail += 1
        }
        let middleOld = Array(old[head..<(old.count - tail)])
        let middleNew = Array(new[head..<(new.count - tail)])
        var operations = (0..<head).map { Operation(kind: .same, old: $0, new: $0) }
        if middleOld.count + middleNew.count > maxAlignedLines || middleOld.isEmpty || middleNew.isEmpty {
            operations += middleOld.indices.map { Operation(kind: .removed, old: head + $0, new: head) }
            operations += middleNew.indices.map { Operation(kind: .added, old: head + middleOld.count, new: head + $0) }
        } else {
            operations += myers(middleOld, middleNew).map {
                Operation(kind: $0.kind, old: head + $0.old, new: head + $0.new)
            }
        }
        operations += (0..<tail).map {
            Operation(kind: .same, old: old.count - tail + $0, new: new.count - tail + $0)
        }
        return operations
    }

    /// The shortest edit script from `a` to `b` (Myers, 1986).
    private static func myers(_ a: [TextLines.Line], _ b: [TextLines.Line]) -> [Operation] {
        let (n, m) = (a.count, b.count)
        let offset = n + m + 1
        var frontier = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        search: for depth in 0...(n + m) {
            trace.append(frontier)
            for diagonal in stride(from: -depth, through: depth, by: 2) {
                let down =
                    diagonal == -depth
                    || (diagonal != depth && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
                var x = down ? frontier[offset + diagonal + 1] : frontier[offset + diagonal - 1] + 1
                var y = x - diagonal
                while x < n, y < m, a[x] == b[y] { (x, y) = (x + 1, y + 1) }
                frontier[offset + diagonal] = x
                if x >= n, y >= m { break search }
            }
        }
        var operations: [Operation] = []
        var (x, y) = (n, m)
        for depth in stride(from: trace.count - 1, through: 0, by: -1) {
            let previous = trace[depth]
            let diagonal = x - y
            let down =
                diagonal == -depth
                || (diagonal != depth && previous[offset + diagonal - 1] < previous[offset + diagonal + 1])
            let previousDiagonal = down ? diagonal + 1 : diagonal - 1
            let previousX = previous[offset + previousDiagonal]
            let previousY = previousX - previousDiagonal
            while x > previousX, y > previousY {
                (x, y) = (x - 1, y - 1)
                operations.append(Operation(kind: .same, old: x, new: y))
            }
            guard depth > 0 else { break }
            if x == previousX {
                operations.append(Operation(kind: .added, old: x, new: y - 1))
            } else {
                operations.append(Operation(kind: .removed, old: x - 1, new: y))
            }
            (x, y) = (previousX, previousY)
        }
        return operations.reversed()
    }

    /// The ranges of `operations` that make up the hunks: each change with its context, changes
    /// whose contexts touch merged into one.
    private static func hunks(_ operations: [Operation]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for index in operations.indices where operations[index].kind != .same {
            let range = max(0, index - context)..<min(operations.count, index + context + 1)
            if let last = ranges.last, range.lowerBound <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        return ranges
    }

    /// `@@ -start,count +start,count @@`, lines counted from 1 (an empty side starts before its place).
    private static func header(_ hunk: Range<Int>, _ operations: [Operation]) -> String {
        let slice = operations[hunk]
        let oldCount = slice.filter { $0.kind != .added }.count
        let newCount = slice.filter { $0.kind != .removed }.count
        let first = slice.first ?? Operation(kind: .same, old: 0, new: 0)
        let oldStart = slice.first { $0.kind != .added }.map { $0.old + 1 } ?? first.old
        let newStart = slice.first { $0.kind != .removed }.map { $0.new + 1 } ?? first.new
        return "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
    }
}
