/// Sorts 64-bit keys in place: a large run is split into buckets by the highest eight bits in
/// which its keys differ, swapping each key into its bucket (an American flag sort, no buffer
/// beside the keys), and each bucket is sorted the same way until it is small enough for the
/// standard library's sort, whose buffer is then small too.
///
/// The whole-bundle passes sort a key per path (a hash, or the path's next characters, above
/// the path's position, so no two keys are equal): a merge sort of all of them would hold
/// another half of the keys while it works.
public enum KeySort {
    /// Sorts `keys` in ascending order.
    public static func sort(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        guard keys.count > smallRun else {
            var keys = keys
            keys.sort()
            return
        }
        guard let first = keys.first else { return }
        var differing: UInt64 = 0
        var sorted = true
        for index in keys.indices {
            differing |= keys[index] ^ first
            if index > 0, keys[index - 1] > keys[index] { sorted = false }
        }
        guard !sorted else { return }
        let shift = max(0, UInt64.bitWidth - differing.leadingZeroBitCount - 8)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * 256) { counters in
            let ends = UnsafeMutableBufferPointer(rebasing: counters[0..<256])
            let next = UnsafeMutableBufferPointer(rebasing: counters[256..<512])
            distribute(keys, shift: shift, ends: ends, next: next)
        }
    }

    /// Runs of up to this many keys are left to the standard library's sort.
    private static let smallRun = 2_048

    /// Swaps every key of `keys` into the bucket of its eight bits at `shift`, then sorts each bucket.
    private static func distribute(
        _ keys: UnsafeMutableBufferPointer<UInt64>, shift: Int, ends: UnsafeMutableBufferPointer<Int>,
        next: UnsafeMutableBufferPointer<Int>
    ) {
        let bucket = { (key: UInt64) in Int(truncatingIfNeeded: key >> shift) & 0xFF }
        ends.update(repeating: 0)
        for key in keys { ends[bucket(key)] += 1 }
        var offset = 0
        for byte in 0..<256 {
            next[byte] = offset
            offset += ends[byte]
            ends[byte] = offset
        }
        // Each key is swapped into the next free place of its bucket until every bucket is full.
        for byte in 0..<256 {
            while next[byte] < ends[byte] {
                var key = keys[next[byte]]
                var target = bucket(key)
                while target != byte {
                    swap(&key, &keys[next[target]])
                    next[target] += 1
                    target = bucket(key)
                }
                keys[next[byte]] = key
                next[byte] += 1
            }
        }
        // The buckets' bounds, before the counters are used again below.
        var bounds: [Range<Int>] = []
        var start = 0
        for byte in 0..<256 {
            if ends[byte] - start > 1 { bounds.append(start..<ends[byte]) }
            start = ends[byte]
        }
        for range in bounds { sort(UnsafeMutableBufferPointer(rebasing: keys[range])) }
    }
}
