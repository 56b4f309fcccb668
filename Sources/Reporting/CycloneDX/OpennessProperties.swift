import BundleModel

/// The openness profile as properties of the model component (`clearance:openness-…`): the OSD
/// verdict and the licenses that set it, OSAID, the MOF class, the Radboud score, the licence
/// side of the AI Act's exemption, and each open-source claim of the card with its judgement.
struct OpennessProperties {
    let profile: OpennessProfile?

    var properties: [CycloneDXBOM.Property] {
        guard let profile else { return [] }
        var properties: [CycloneDXBOM.Property] = [
            .init(name: "clearance:openness-osd", value: profile.osd.verdict.rawValue)
        ]
        properties += profile.osd.limitedBy.map { .init(name: "clearance:openness-limited-by", value: $0) }
        properties += [
            .init(name: "clearance:openness-accurate-wording", value: profile.osd.accurateWording),
            .init(name: "clearance:openness-osaid", value: profile.osaid.status.rawValue),
            .init(name: "clearance:openness-mof-class", value: profile.mof.label),
            .init(name: "clearance:openness-radboud", value: OpennessWords.score(profile.radboud)),
            .init(name: "clearance:openness-ai-act-licence-side", value: profile.aiAct.licenseSide.rawValue),
        ]
        properties += profile.claims.filter { $0.kind == .openSource }.map { claim in
            let value = "\(claim.judgement.rawValue): “\(claim.text)” (\(claim.path):\(claim.line))"
            return .init(name: "clearance:openness-claim", value: value)
        }
        return properties
    }
}
