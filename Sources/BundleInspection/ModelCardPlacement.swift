import BundleModel

/// A README is the model card only at the bundle root; elsewhere it is documentation.
enum ModelCardPlacement {
    /// Drops the card defects of READMEs that `settle` turned into documentation.
    static func settle(_ defects: [Defect], for artifacts: [Artifact]) -> [Defect] {
        guard defects.contains(where: { $0.kind == .malformedModelCard }) else { return defects }
        let documentation = Set(
            artifacts.filter { $0.kind == .other && ASCIIText.contains($0.path, "readme") }.map(\.path))
        return defects.filter { !($0.kind == .malformedModelCard && documentation.contains($0.path)) }
    }

    static func settle(_ artifacts: inout [Artifact]) {
        for index in artifacts.indices where artifacts[index].kind == .modelCard {
            let artifact = artifacts[index]
            guard artifact.path.contains("/") else { continue }
            let name = artifact.path.split(separator: "/").last.map { $0.lowercased() } ?? ""
            guard name.hasPrefix("readme") else { continue }
            artifacts[index].kind = .other
            artifacts[index].metadata?.modelCard = nil
            if artifacts[index].metadata?.isEmpty == true { artifacts[index].metadata = nil }
        }
    }
}
