/// The order of the bundle's own paths when every one of them is ASCII, worked out a few
/// characters at a time instead of by comparing whole paths.
///
/// ASCII paths (without NUL) sort as their bytes do (`PathOrder`). Each path gets a key of its
/// next few characters, 7 bits each, above its position; the keys are sorted as plain numbers,
/// and only the runs of paths whose characters so far agree are keyed again on the characters
/// that follow (a most-significant-digit radix sort whose digits are compared). A listing's
/// shared prefixes (`many/shard042/`) are then read once per digit, not again at every
/// comparison, and equal paths keep their list order, since the position breaks ties.
enum ASCIIPathOrder {
    /// The positions of `artifacts` in path order, when every path is a slice of `table` in
    /// ASCII without NUL; nil otherwise.
    static func order(of artifacts: UnsafeBufferPointer<Artifact>, in table: PathTable) -> [UInt64]? {
        guard !artifacts.isEmpty, table.withUnsafeBytes(isPlainASCII) else { return nil }
        let positionBits = UInt64.bitWidth - UInt64(artifacts.count - 1).leadingZeroBitCount
        let characters = (UInt64.bitWidth - positionBits) / 7
        guard characters > 0 else { return nil }
        for artifact in artifacts where artifact.pathSlice(in: table) == nil { return nil }
        let mask: UInt64 = positionBits == 0 ? 0 : UInt64.max >> (UInt64.bitWidth - positionBits)
        var keys = (0..<UInt64(artifacts.count)).map { $0 }
        table.withUnsafeBytes { bytes in
            keys.withUnsafeMutableBufferPointer { keys in
                let sorter = Sorter(
                    artifacts: artifacts, table: table, bytes: bytes, positionBits: positionBits,
                    characters: characters, mask: mask)
                sorter.sort(keys)
            }
        }
        // The positions alone, in place: the keys are the order's only copy.
        for index in keys.indices { keys[index] &= mask }
        return keys
    }

    /// Whether every byte of `bytes` is ASCII and none is NUL.
    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        PathBytes.isASCII(bytes) && !PathBytes.contains(0, in: bytes)
    }

    /// One sort: the artifacts, their table's bytes and the layout of a key.
    private struct Sorter {
        let artifacts: UnsafeBufferPointer<Artifact>
        let table: PathTable
        let bytes: UnsafeBufferPointer<UInt8>
        let positionBits: Int
        let characters: Int
        let mask: UInt64

        /// Sorts `keys` (positions, in order) by path.
        func sort(_ keys: UnsafeMutableBufferPointer<UInt64>) {
            // Runs still to be split, deepest last: where the run is, the offset its digits are
            // taken at, and where its scan for runs of equal digits has reached. A run is scanned
            // once its keys are sorted; the frames are as many as a path has digits, not entries.
            var frames: [(start: Int, end: Int, offset: Int, next: Int)] = []
            key(keys, 0..<keys.count, at: 0)
            frames.append((0, keys.count, 0, 0))
            while let frame = frames.last {
                guard frame.next < frame.end else {
                    frames.removeLast()
                    continue
                }
                let digit = keys[frame.next] >> positionBits
                var end = frame.next + 1
                while end < frame.end, keys[end] >> positionBits == digit { end += 1 }
                frames[frames.count - 1].next = end
                // Equal digits whose last character is not padding: the paths go on past them.
                guard end - frame.next > 1, digit & 0x7F != 0 else { continue }
                let offset = frame.offset + characters
                key(keys, frame.next..<end, at: offset)
                frames.append((frame.next, end, offset, frame.next))
            }
        }

        /// Keys the positions in `range` of `keys` by the characters of their paths at `offset`,
        /// and sorts them.
        private func key(_ keys: UnsafeMutableBufferPointer<UInt64>, _ range: Range<Int>, at offset: Int) {
            for index in range {
                let position = keys[index] & mask
                // Every artifact's path is in the table (see `order(of:in:)`).
                let slice = artifacts[Int(position)].pathSlice(in: table)!
                var digit: UInt64 = 0
                let start = Int(slice.start) + offset
                let available = max(0, min(characters, Int(slice.count) - offset))
                for character in 0..<characters {
                    digit = digit << 7 | (character < available ? UInt64(bytes[start + character]) : 0)
                }
                keys[index] = digit << positionBits | position
            }
            KeySort.sort(UnsafeMutableBufferPointer(rebasing: keys[range]))
        }
    }
}
