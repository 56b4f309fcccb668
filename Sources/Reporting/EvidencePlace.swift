import BundleModel

/// Where a piece of evidence lies: a file of the bundle, the bundle as a whole, or a file given on
/// the command line (the facts or the waivers).
enum EvidencePlace: Equatable {
    /// A file of the bundle, relative to the bundle root.
    case bundleFile(String)
    /// The bundle itself.
    case bundle
    /// A file outside the bundle, as it was named on the command line.
    case outside(String)

    init(_ evidence: Evidence, input: ReportInput) {
        let subject = input.report.subject.path
        let path = evidence.path
        if path.isEmpty || path == subject {
            self = .bundle
        } else if case let location = EntryLocation(reportPath: path), location.archives.first == subject {
            self = .bundleFile(EntryLocation(location.path, in: Array(location.archives.dropFirst())).description)
        } else if path == input.facts.source || path == input.waiversFile,
            !input.report.artifacts.contains(where: { $0.path == path })
        {
            self = .outside(path)
        } else {
            self = .bundleFile(path)
        }
    }
}
