import BundleModel

/// What reading one weights header produced: the header, as far as it could be read, and the
/// problems found on the way.
struct WeightsHeaderReading<Header> {
    /// Nil when not even the start of the header was readable.
    var header: Header?
    /// In the order they were found.
    var problems: [WeightsHeaderProblem]

    /// The problems as defects of the file at `path`.
    func defects(at path: String) -> [Defect] {
        problems.map { $0.defect(at: path) }
    }

    /// The analysis of the entry at `path`: the header stored at `field`, the problems as defects.
    func analysis(at path: String, storedAt field: WritableKeyPath<ArtifactMetadata, Header?>) -> EntryAnalysis {
        var analysis = EntryAnalysis()
        analysis.metadata[keyPath: field] = header
        analysis.defects = defects(at: path)
        return analysis
    }
}
