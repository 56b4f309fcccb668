import BundleModel

/// The openness claims of a release's card, each judged against the licenses that bind it: an
/// open-source claim is unsupported when any of them breaks the OSD, supported when all are open,
/// and unverifiable when clearance cannot judge one; availability phrases and comparisons are
/// accurate as they stand.
///
/// A check finds them once (`Evaluation.claims`): the `openness-claim` rule and the openness
/// profile both read that one list.
struct OpennessClaims {
    let manifest: Manifest
    let lineage: Lineage
    let licenses: ReleaseLicenses
    let policies: PolicySet

    /// The judged claims of `manifest` on `lineage`.
    static func judged(_ manifest: Manifest, lineage: Lineage, policies: PolicySet) -> [OpennessClaim] {
        let licenses = ReleaseLicenses(lineage: lineage, policies: policies)
        return OpennessClaims(manifest: manifest, lineage: lineage, licenses: licenses, policies: policies).judged()
    }

    /// The claims, in card order.
    func judged() -> [OpennessClaim] {
        guard let card = manifest.card else { return [] }
        let found = ClaimFinder(card: card, document: manifest.documents[card.path], names: names).find()
        let release = licenses.releaseVerdict
        return found.map { claim in
            OpennessClaim(
                text: claim.text, phrase: claim.phrase, kind: claim.kind, path: card.path, line: claim.line,
                judgement: claim.kind == .openSource ? judgement(release) : .accurate)
        }
    }

    private func judgement(_ release: ReleaseOSDVerdict) -> OpennessClaim.Judgement {
        if release.verdict.isOpen { return release.undecided == nil ? .supported : .unverifiable }
        return release.verdict == .unverified ? .unverifiable : .unsupported
    }

    /// The names a sentence may call the model or its base by: the release's names, its bases'
    /// repository names and their first word, and the upstream licenses' families, lower case.
    private var names: [String] {
        var names = lineage.modelNames.map(\.name)
        for base in lineage.baseModels {
            let short = base.reference.split(separator: "/").last.map(String.init) ?? base.reference
            names.append(short)
            if let word = short.split(whereSeparator: { !$0.isLetter }).first, word.count >= 4 {
                names.append(String(word))
            }
        }
        for upstream in lineage.upstreams {
            if let family = policies.packs[upstream.id]?.license.family { names.append(family) }
        }
        return names.map { $0.lowercased() }.filter { $0.count >= 3 }.uniqued
    }
}
