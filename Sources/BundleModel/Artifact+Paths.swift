extension Array where Element == Artifact {
    /// Calls `body` with the position and the UTF-8 bytes of the path of each artifact, in list
    /// order. The paths of the bundle's own files are read in place from the table they share,
    /// and no artifact is copied: a pass over a listing of 100,000 files that looks at its paths
    /// costs the look at each path, not a counted copy of each artifact.
    public func forEachPath(_ body: (_ position: Int, _ path: UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        let table = first { !$0.isNested }?.pathInTable?.table ?? .empty
        try table.withUnsafeBytes { shared in
            try withUnsafeBufferPointer { artifacts in
                for position in artifacts.indices {
                    if let slice = artifacts[position].pathSlice(in: table) {
                        try body(position, UnsafeBufferPointer(rebasing: shared[slice.range]))
                    } else {
                        try artifacts[position].withPathBytes { try body(position, $0) }
                    }
                }
            }
        }
    }

    /// The positions of the artifacts whose path (its UTF-8 bytes) passes `test`, ascending; read
    /// as `forEachPath` reads them.
    public func positions(wherePath test: (UnsafeBufferPointer<UInt8>) throws -> Bool) rethrows -> [Int] {
        var positions: [Int] = []
        try forEachPath { position, path in
            if try test(path) { positions.append(position) }
        }
        return positions
    }
}

extension Array where Element == Artifact {
    /// The positions of the artifacts whose path is not a slice of `table`: entries of nested
    /// archives and paths of their own.
    public func positions(notIn table: PathTable) -> [Int] {
        withUnsafeBufferPointer { artifacts in
            artifacts.indices.filter { artifacts[$0].pathSlice(in: table) == nil }
        }
    }

    /// Moves every path that is a slice of `source` to the same place in `table`, less the
    /// first `dropped(path)` bytes of it (its bytes, read in `table`): a builder hands out
    /// slices of `.empty` while it collects the paths, and the inspector settles them relative to
    /// the root folder this way, without writing them again. Returns the positions of the other
    /// artifacts, whose paths stay where they are.
    public mutating func movePaths(
        from source: PathTable, to table: PathTable, dropping dropped: (UnsafeBufferPointer<UInt8>) -> Int
    ) -> [Int] {
        var others: [Int] = []
        table.withUnsafeBytes { bytes in
            withUnsafeMutableBufferPointer { artifacts in
                for position in artifacts.indices {
                    guard let slice = artifacts[position].pathSlice(in: source) else {
                        others.append(position)
                        continue
                    }
                    let drop = slice.isEmpty ? 0 : dropped(UnsafeBufferPointer(rebasing: bytes[slice.range]))
                    artifacts[position].movePath(to: slice.dropping(drop), in: table)
                }
            }
        }
        return others
    }
}
