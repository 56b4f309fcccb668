import BundleModel

/// A README is the model card only at the bundle root; elsewhere it is documentation.
enum ModelCardPlacement {
    static func settle(_ artifacts: [Artifact]) -> [Artifact] {
        artifacts.map { artifact in
            guard artifact.kind == .modelCard, artifact.path.contains("/") else { return artifact }
            let name = artifact.path.split(separator: "/").last.map { $0.lowercased() } ?? ""
            guard name.hasPrefix("readme") else { return artifact }
            var copy = artifact
            copy.kind = .other
            return copy
        }
    }
}
