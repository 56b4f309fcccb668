extension Array where Element == Artifact {
    /// Sorts the artifacts by their report path, in place and stably.
    ///
    /// An order of indices is sorted, comparing the paths' bytes where they are, and the
    /// artifacts are then swapped into place along the cycles of that order: sorting the
    /// artifacts themselves would copy each one at every comparison, and writing every path out
    /// as a string first would hold a second copy of the listing's paths. The paths of the
    /// bundle's own files are read straight from their shared table, without touching anything
    /// counted; when they are all ASCII, a few characters at a time (`ASCIIPathOrder`).
    public mutating func sortByPath() {
        let table = first { !$0.isNested }?.pathInTable?.table ?? .empty
        if var order = withUnsafeBufferPointer({ ASCIIPathOrder.order(of: $0, in: table) }) {
            permute(by: &order)
            return
        }
        // Indices of 4 bytes: the order of 300,000 artifacts takes 1.2 MB (a bundle's entries
        // are capped far below 4 billion).
        var order = [UInt32](0..<UInt32(truncatingIfNeeded: count))
        table.withUnsafeBytes { shared in
            withUnsafeBufferPointer { artifacts in
                order.sort { lhs, rhs in
                    let order: Int
                    if let base = shared.baseAddress, let left = artifacts[Int(lhs)].pathSlice(in: table),
                        let right = artifacts[Int(rhs)].pathSlice(in: table)
                    {
                        // Slices of the table are in its bounds.
                        order = PathOrder.compare(
                            UnsafeBufferPointer(start: base + Int(left.start), count: Int(left.count)),
                            UnsafeBufferPointer(start: base + Int(right.start), count: Int(right.count)))
                    } else {
                        order = PathOrder.compare(artifacts[Int(lhs)], artifacts[Int(rhs)])
                    }
                    return order == 0 ? lhs < rhs : order < 0
                }
            }
        }
        permute(by: &order)
    }

    /// Swaps the artifacts into `order` (`order[i]` is the index of the artifact that belongs
    /// at i) along its cycles, using `order` up as it goes.
    private mutating func permute<Index: FixedWidthInteger>(by order: inout [Index]) {
        for start in indices where order[start] != start {
            var current = start
            while order[current] != start {
                let next = Int(order[current])
                swapAt(current, next)
                order[current] = Index(current)
                current = next
            }
            order[current] = Index(current)
        }
    }
}
