import BundleModel

/// What reading one entry's content produced.
struct EntryAnalysis {
    /// What the readers set of the metadata; nil while none has touched it, as for most files.
    /// Kept out of line: the record is large, and an analysis is made and returned for every entry.
    private var box: MetadataBox?

    /// What the readers set of the metadata; nil while none has touched it.
    var readMetadata: ArtifactMetadata? { box?.metadata }

    /// The metadata read, empty when there is none.
    var metadata: ArtifactMetadata {
        get { box?.metadata ?? ArtifactMetadata() }
        set { box = MetadataBox(newValue) }
    }
    var defects: [Defect] = []
    var document: TextDocument?
}

/// Holds an entry's metadata while it is read.
private final class MetadataBox {
    let metadata: ArtifactMetadata

    init(_ metadata: ArtifactMetadata) {
        self.metadata = metadata
    }
}
