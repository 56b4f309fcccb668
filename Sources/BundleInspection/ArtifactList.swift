import BundleModel

/// The artifacts of a bundle as they are read: appended in chunks of a fixed size, then handed
/// over as one array of exactly their number.
///
/// An array grown by appending doubles its storage and holds the old and the new copy while it
/// does: for hundreds of thousands of entries, up to three times what the list itself takes.
/// Full chunks never move, and each is released as soon as it has been copied into the final array.
struct ArtifactList {
    private static let chunkSize = 4096
    private var chunks: [[Artifact]] = []

    /// How many artifacts were appended.
    private(set) var count = 0

    /// Appends `artifact`; its index is the `count` before.
    mutating func append(_ artifact: Artifact) {
        // A chunk grows as an array does, so a small bundle does not pay for a whole one.
        if count % Self.chunkSize == 0 { chunks.append([]) }
        chunks[chunks.count - 1].append(artifact)
        count += 1
    }

    /// The artifact at `index`, in the order they were appended.
    subscript(index: Int) -> Artifact {
        get { chunks[index / Self.chunkSize][index % Self.chunkSize] }
        set { chunks[index / Self.chunkSize][index % Self.chunkSize] = newValue }
    }

    /// All the artifacts in one array, leaving the list empty.
    mutating func removeAll() -> [Artifact] {
        var all: [Artifact] = []
        all.reserveCapacity(count)
        chunks.reverse()
        while let chunk = chunks.popLast() { all.append(contentsOf: chunk) }
        count = 0
        return all
    }
}
