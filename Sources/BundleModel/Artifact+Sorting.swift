extension Array where Element == Artifact {
    /// Sorts the artifacts by their report path, in place and stably.
    ///
    /// The paths are written once, an order of indices is sorted, and the artifacts are then
    /// swapped into place along the cycles of that order: sorting the artifacts themselves would
    /// copy each one (a dozen counted references) and write its path again at every comparison,
    /// most of what a bundle of 50,000 small files cost to settle.
    public mutating func sortByPath() {
        let paths = map(\.path)
        var order = indices.sorted { paths[$0] < paths[$1] || (paths[$0] == paths[$1] && $0 < $1) }
        // order[i] is the index of the artifact that belongs at i.
        for start in indices where order[start] != start {
            var current = start
            while order[current] != start {
                let next = order[current]
                swapAt(current, next)
                order[current] = current
                current = next
            }
            order[current] = current
        }
    }
}
