import BundleModel

/// What reading one entry's content produced.
struct EntryAnalysis {
    /// What the readers set of the metadata; nil while none has touched it, as for most files.
    private(set) var readMetadata: ArtifactMetadata?
    /// The metadata read, empty when there is none.
    var metadata: ArtifactMetadata {
        get { readMetadata ?? ArtifactMetadata() }
        set { readMetadata = newValue }
    }
    var defects: [Defect] = []
    var document: TextDocument?
}
