import BundleModel

/// The table `clearance inspect` prints for a person: kind, format, size and path, then defects.
public enum InspectionTextRenderer {
    public static func render(_ manifest: Manifest) -> String {
        var lines = ["\(VisibleText.escaped(manifest.subject.path)) (\(manifest.subject.format.rawValue))"]
        if let root = manifest.root { lines.append("root folder: \(VisibleText.escaped(root))/") }
        let rows = manifest.artifacts.map {
            [$0.kind.rawValue, $0.format.rawValue, ByteCount.format($0.size), describe($0)]
        }
        lines.append("")
        lines += TextTable.render(header: ["KIND", "FORMAT", "SIZE", "PATH"], rows: rows, rightAligned: [2])
        let details = manifest.artifacts.compactMap { artifact -> String? in
            let summary = ArtifactSummary.describe(artifact)
            return summary.isEmpty ? nil : VisibleText.escaped("  \(artifact.path): \(summary)")
        }
        if !details.isEmpty {
            lines.append("")
            lines.append("Read from the files:")
            lines += details
        }
        if !manifest.defects.isEmpty {
            lines.append("")
            lines.append("Defects:")
            lines += manifest.defects.map { defect in
                VisibleText.escaped(
                    "  \(defect.path.isEmpty ? "(bundle)" : defect.path): \(defect.message) [\(defect.kind.rawValue)]")
            }
        }
        if let variants = VariantSummary.phrase(manifest.variants) {
            lines.append("")
            lines.append("Weights: \(variants).")
        }
        let notes = BundleReadingNotes(exclusions: manifest.exclusions, artifacts: manifest.artifacts).sentences
        if !notes.isEmpty {
            lines.append("")
            lines += notes
        }
        let total = manifest.artifacts.reduce(UInt64(0)) { $0 + $1.size }
        lines.append("")
        lines.append(
            "\(Plural.of(manifest.artifacts.count, "artifact")), \(ByteCount.format(total)), \(Plural.of(manifest.defects.count, "defect"))"
        )
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ artifact: Artifact) -> String {
        var text = artifact.path
        if let target = artifact.linkTarget { text += " -> \(target)" }
        return VisibleText.escaped(text)
    }
}
