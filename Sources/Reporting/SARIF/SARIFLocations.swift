import BundleModel

/// Turns a finding's evidence into SARIF locations: bundle files relative to the bundle root under
/// the `BUNDLE_ROOT` base id, the facts and waivers files as they were named, a region only when
/// the line is known. A finding about the release as a whole is anchored to its model card.
struct SARIFLocations {
    /// The `uriBaseId` of every file inside the bundle.
    static let bundleRootID = "BUNDLE_ROOT"
    /// GitHub code scanning shows at most this many locations per result.
    static let maximum = 10

    let input: ReportInput

    /// The run's `originalUriBaseIds`: where `BUNDLE_ROOT` is, when the bundle is a directory.
    var baseIDs: [String: SARIFLog.ArtifactLocation] {
        let subject = input.report.subject
        let description = SARIFLog.Message(
            text:
                "The root of the bundle \(subject.path) (\(subject.format.rawValue)); every file of the release is named relative to it."
        )
        let uri = input.bundleDirectory.map { "file://" + Self.encode($0.hasSuffix("/") ? $0 : $0 + "/") }
        return [Self.bundleRootID: SARIFLog.ArtifactLocation(uri: uri, uriBaseId: nil, description: description)]
    }

    /// The locations of a finding, at most `maximum`, never empty when the bundle has a model card or any file.
    func locations(of finding: Finding) -> [SARIFLog.Location] {
        var seen = Set<String>()
        var locations: [SARIFLog.Location] = []
        for evidence in finding.evidence {
            guard let location = location(of: evidence) else { continue }
            let key = "\(location.physicalLocation.artifactLocation.uri ?? ""):\(evidence.line ?? 0)"
            guard seen.insert(key).inserted else { continue }
            locations.append(location)
        }
        if locations.isEmpty, let anchor { locations = [anchor] }
        return Array(locations.prefix(Self.maximum))
    }

    private func location(of evidence: Evidence) -> SARIFLog.Location? {
        let region = evidence.line.flatMap { $0 >= 1 ? SARIFLog.Region(startLine: $0) : nil }
        switch EvidencePlace(evidence, input: input) {
        case .bundle:
            return nil
        case .bundleFile(let path):
            return bundleLocation(path, region: region)
        case .outside(let path):
            let uri = path.hasPrefix("/") ? "file://" + Self.encode(path) : Self.encode(path)
            return SARIFLog.Location(
                physicalLocation: .init(
                    artifactLocation: .init(uri: uri, uriBaseId: nil, description: nil), region: region))
        }
    }

    /// The model card, else the first file: where a finding about the whole release is shown.
    private var anchor: SARIFLog.Location? {
        let artifacts = input.report.artifacts
        let card = artifacts.first { $0.kind == .modelCard && !$0.path.contains("/") }
        return (card ?? artifacts.first).map { bundleLocation($0.path, region: nil) }
    }

    private func bundleLocation(_ path: String, region: SARIFLog.Region?) -> SARIFLog.Location {
        SARIFLog.Location(
            physicalLocation: .init(
                artifactLocation: .init(uri: Self.encode(path), uriBaseId: Self.bundleRootID, description: nil),
                region: region))
    }

    /// Percent-encodes a path for a URI, keeping `/` and the unreserved characters.
    static func encode(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            if unreserved.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0x0F)])
            }
        }
        return result
    }

    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
    private static let hexDigits = Array("0123456789ABCDEF")
}
