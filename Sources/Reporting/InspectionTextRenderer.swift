import BundleModel

/// The table `clearance inspect` prints for a person: kind, format, size and path, then defects.
///
/// Written line by line: a listing of hundreds of thousands of artifacts never exists as one
/// string, nor as a table of cells.
public enum InspectionTextRenderer {
    /// Hands the listing to `sink` in pieces of about 64 KiB: few writes for a long listing.
    public static func write<Failure: Error>(
        _ manifest: Manifest, to sink: (String) throws(Failure) -> Void
    ) throws(Failure) {
        var pending = ""
        func line(_ text: String) throws(Failure) {
            pending += text
            pending += "\n"
            if pending.utf8.count >= 64 << 10 {
                try sink(pending)
                pending = ""
            }
        }
        try line("\(VisibleText.escaped(manifest.subject.path)) (\(manifest.subject.format.rawValue))")
        if let root = manifest.root { try line("root folder: \(VisibleText.escaped(root))/") }
        try line("")
        let header = ["KIND", "FORMAT", "SIZE", "PATH"]
        var widths = header.map(\.count)
        for artifact in manifest.artifacts {
            widths[0] = max(widths[0], artifact.kind.rawValue.count)
            widths[1] = max(widths[1], artifact.format.rawValue.count)
            widths[2] = max(widths[2], ByteCount.format(artifact.size).count)
        }
        try line(TextTable.line(header, widths: widths, rightAligned: [2]))
        for artifact in manifest.artifacts {
            let row = [
                artifact.kind.rawValue, artifact.format.rawValue, ByteCount.format(artifact.size), describe(artifact),
            ]
            try line(TextTable.line(row, widths: widths, rightAligned: [2]))
        }
        var hasDetails = false
        for artifact in manifest.artifacts {
            let summary = ArtifactSummary.describe(artifact)
            guard !summary.isEmpty else { continue }
            if !hasDetails {
                try line("")
                try line("Read from the files:")
                hasDetails = true
            }
            try line(VisibleText.escaped("  \(artifact.path): \(summary)"))
        }
        if !manifest.defects.isEmpty {
            try line("")
            try line("Defects:")
            for defect in manifest.defects {
                let place = defect.path.isEmpty ? "(bundle)" : defect.path
                try line(VisibleText.escaped("  \(place): \(defect.message) [\(defect.kind.rawValue)]"))
            }
        }
        if let variants = VariantSummary.phrase(manifest.variants) {
            try line("")
            try line("Weights: \(variants).")
        }
        let notes = BundleReadingNotes(exclusions: manifest.exclusions, artifacts: manifest.artifacts).sentences
        if !notes.isEmpty {
            try line("")
            for note in notes { try line(note) }
        }
        let total = manifest.artifacts.reduce(UInt64(0)) { $0 + $1.size }
        try line("")
        let artifacts = Plural.of(manifest.artifacts.count, "artifact")
        try line("\(artifacts), \(ByteCount.format(total)), \(Plural.of(manifest.defects.count, "defect"))")
        try sink(pending)
    }

    private static func describe(_ artifact: Artifact) -> String {
        var text = artifact.path
        if let target = artifact.linkTarget { text += " -> \(target)" }
        return VisibleText.escaped(text)
    }
}
