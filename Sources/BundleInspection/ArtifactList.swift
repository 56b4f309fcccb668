import BundleModel

/// The artifacts of a bundle as they are read, in one array that is handed over as it is.
///
/// An array grown by appending doubles its storage and holds the old and the new copy while it
/// does, and a list gathered in pieces needs a second whole copy to become one array: for
/// hundreds of thousands of entries, twice what the list itself takes. Once the list outgrows a
/// small bundle's, it reserves room for as many artifacts as the bundle may have entries (the
/// entry cap): room the list has not reached is address space the system has not backed with
/// memory, so the list takes what its artifacts take, and is never copied.
struct ArtifactList {
    private static let smallBundleCount = 4096
    private var artifacts: [Artifact] = []
    private let expectedCount: Int

    /// A list for a bundle of at most `expectedCount` entries (more still fit, as an array grows).
    init(expectedCount: Int) {
        self.expectedCount = expectedCount
    }

    /// How many artifacts were appended.
    var count: Int { artifacts.count }

    /// Appends `artifact`; its index is the `count` before.
    mutating func append(_ artifact: Artifact) {
        if artifacts.count == artifacts.capacity, artifacts.count >= Self.smallBundleCount,
            artifacts.count < expectedCount
        {
            artifacts.reserveCapacity(expectedCount)
        }
        artifacts.append(artifact)
    }

    /// The artifact at `index`, in the order they were appended.
    subscript(index: Int) -> Artifact {
        get { artifacts[index] }
        set { artifacts[index] = newValue }
    }

    /// All the artifacts, leaving the list empty.
    mutating func removeAll() -> [Artifact] {
        defer { artifacts = [] }
        return artifacts
    }
}
