import BundleModel

/// License texts found in the bundle: the inspector's identifications, plus title lines of
/// licenses clearance has no fingerprint for.
struct DetectedLicenseCollector {
    let policies: PolicySet

    func collect(_ bundle: ManifestView) -> [DetectedLicense] {
        let manifest = bundle.manifest
        var detected: [DetectedLicense] = []
        // License and use-policy files, and any other file with a license text in it, in order.
        let index = bundle.index
        let read = Set(index.withLicenseMatches + index.positions(of: .license) + index.positions(of: .usePolicy))
        for position in read.sorted() {
            let artifact = manifest.artifacts[position]
            let identified = (artifact.licenseMatches ?? []).compactMap { match -> DetectedLicense? in
                guard let id = match.licenseID else { return nil }
                return DetectedLicense(
                    id: id, document: match.document, status: match.status,
                    evidence: Evidence(
                        path: artifact.path, line: match.title?.line ?? match.startLine, excerpt: match.title?.text),
                    // A Modelfile's LICENSE blocks are its license files.
                    artifactKind: artifact.metadata?.modelfile == nil ? artifact.kind : .license,
                    fingerprint: match.fingerprint)
            }
            detected += identified
            if identified.isEmpty, [.license, .usePolicy].contains(artifact.kind),
                let document = manifest.documents[artifact.path]
            {
                detected += titleMatches(in: document, kind: artifact.kind)
            }
        }
        return detected
    }

    /// Licenses recognised only by their title line (no fingerprint available), and by one of their
    /// version lines when the pack names some (the GPL 2 and 3 texts share their title). Each line is
    /// normalised once, whatever the number of packs.
    private func titleMatches(in document: TextDocument, kind: ArtifactKind) -> [DetectedLicense] {
        var found: [DetectedLicense] = []
        var lineIndex: [String: Int] = [:]
        for (index, line) in document.lines.enumerated() where lineIndex[TextMatching.normalise(line)] == nil {
            lineIndex[TextMatching.normalise(line)] = index
        }
        for pack in policies.packs.entries where pack.fingerprints.isEmpty {
            guard
                pack.versionLines.isEmpty
                    || pack.versionLines.contains(where: { lineIndex[TextMatching.normalise($0)] != nil })
            else { continue }
            guard let index = pack.titles.lazy.compactMap({ lineIndex[TextMatching.normalise($0)] }).first else {
                continue
            }
            found.append(
                DetectedLicense(
                    id: pack.id, document: .agreement, status: .unknown,
                    evidence: Evidence(path: document.path, line: index + 1, excerpt: document.lines[index]),
                    artifactKind: kind))
        }
        return found
    }
}
