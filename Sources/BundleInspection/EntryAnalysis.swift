import BundleModel

/// What reading one entry's content produced.
struct EntryAnalysis {
    var metadata = ArtifactMetadata()
    var defects: [Defect] = []
    var document: TextDocument?
}
