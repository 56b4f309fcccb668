import BundleModel

/// A README is the model card only at the bundle root; elsewhere it is documentation.
enum ModelCardPlacement {
    /// Drops the card defects of READMEs that `settle` turned into documentation.
    static func settle(_ defects: [Defect], for artifacts: [Artifact]) -> [Defect] {
        let documentation = Set(artifacts.filter { $0.kind == .other && ASCIIText.contains($0.path, "readme") }.map(\.path))
        return defects.filter { !($0.kind == .malformedModelCard && documentation.contains($0.path)) }
    }

    static func settle(_ artifacts: [Artifact]) -> [Artifact] {
        artifacts.map { artifact in
            guard artifact.kind == .modelCard, artifact.path.contains("/") else { return artifact }
            let name = artifact.path.split(separator: "/").last.map { $0.lowercased() } ?? ""
            guard name.hasPrefix("readme") else { return artifact }
            var copy = artifact
            copy.kind = .other
            copy.metadata?.modelCard = nil
            if copy.metadata?.isEmpty == true { copy.metadata = nil }
            return copy
        }
    }
}
