import BundleModel

/// The licenses that decide how open a release is: the upstreams that bind its weights and the
/// licenses it declares, each with its pack's `openness:` verdict. A release is as open as the
/// most restrictive of them: relabelling a Llama fine-tune as Apache-2.0 does not free it. The
/// licenses of bases the lineage could not decide between (its questions) are candidates: while
/// one is less open than the binding licenses, the release's openness is undecided.
struct ReleaseLicenses {
    /// Each license, by id (or by the value declared, for a license no pack knows).
    let verdicts: [LicenseVerdict]
    /// The ids that bind the weights: upstreams reached through the weights, and the declared ones.
    let binding: [String]
    /// The licenses of candidate bases (the lineage's open questions) that do not bind.
    let candidates: [String]
    /// The release's own license: what it declares, else the license texts at its root.
    let distribution: [String]
    /// Where each binding license comes from (the lineage's evidence, the declaration).
    let evidence: [String: [Evidence]]
    private let policies: PolicySet

    init(lineage: Lineage, policies: PolicySet) {
        self.policies = policies
        var roles: [String: [LicenseRole]] = [:]
        var order: [String] = []
        var evidence: [String: [Evidence]] = [:]
        func add(_ id: String, _ role: LicenseRole, _ found: [Evidence]) {
            if roles[id] == nil { order.append(id) }
            if !(roles[id] ?? []).contains(role) { roles[id, default: []].append(role) }
            evidence[id, default: []] += found.filter { !(evidence[id] ?? []).contains($0) }
        }
        for upstream in lineage.upstreams where upstream.reach == .weights {
            add(upstream.id, .upstream, Array(upstream.evidence.prefix(2)))
        }
        for declared in lineage.declared { add(declared.id ?? declared.value, .declared, [declared.evidence]) }
        let binding = order
        for question in lineage.questions {
            for candidate in question.candidates {
                for id in candidate.licenses where !binding.contains(id) {
                    add(id, .candidate, Array(candidate.link.evidence.prefix(2)))
                }
            }
        }
        self.binding = binding
        candidates = order.filter { !binding.contains($0) }
        self.evidence = evidence
        var distribution = lineage.declared.map { $0.id ?? $0.value }.uniqued
        if distribution.isEmpty {
            distribution =
                lineage.detected.filter { $0.document == .agreement && !$0.evidence.path.contains("/") }
                .map(\.id).uniqued
        }
        self.distribution = distribution
        verdicts = order.map { id in Self.verdict(id, roles: roles[id] ?? [], policies: policies) }
    }

    /// The verdict of one license, whether or not it binds the release.
    func verdict(_ id: String) -> LicenseVerdict {
        verdicts.first { $0.id == id } ?? Self.verdict(id, roles: [], policies: policies)
    }

    /// The pack's name for a license, or the id.
    func name(_ id: String) -> String {
        policies.pack(named: id)?.license.name ?? id
    }

    /// The release's verdict: the lowest of the binding licenses', with the licenses that set it,
    /// and the candidate licenses less open than it, which leave it undecided.
    var releaseVerdict: ReleaseOSDVerdict {
        let binding = verdicts.filter { self.binding.contains($0.id) }
        guard let lowest = binding.map(\.osd).min(by: { $0.openness < $1.openness }) else {
            return ReleaseOSDVerdict(verdict: .unverified, limitedBy: [], accurateWording: Message.noLicense)
        }
        let limiting = binding.filter { $0.osd == lowest }
        let undecided = verdicts.filter { candidates.contains($0.id) && $0.osd.openness < lowest.openness }.map(\.id)
        var wording = wording(lowest, limiting: limiting, all: binding)
        if !undecided.isEmpty { wording += Message.unlessDerived(undecided.map(citation).joinedAsList) }
        return ReleaseOSDVerdict(
            verdict: lowest, limitedBy: limiting.map(\.id), accurateWording: wording,
            undecided: undecided.isEmpty ? nil : undecided)
    }

    /// The disqualifying clauses of the binding licenses, each with its license.
    var disqualifying: [(license: String, clause: DisqualifyingClause)] {
        verdicts.filter { binding.contains($0.id) }.flatMap { verdict in verdict.clauses.map { (verdict.id, $0) } }
    }

    private func wording(_ verdict: OSDVerdict, limiting: [LicenseVerdict], all: [LicenseVerdict]) -> String {
        let citations = limiting.map { policies.pack(named: $0.id)?.license.citation ?? $0.id }.joinedAsList
        switch verdict {
        case .conformant:
            let unapproved = all.filter { !$0.osiApproved }.map { citation($0.id) }
            let citations = all.map { citation($0.id) }.joinedAsList
            return unapproved.isEmpty
                ? Message.openSource(citations)
                : Message.notApproved(citations, unapproved: unapproved.joinedAsList)
        case .openContent, .openData: return Message.openLicence(all.map { citation($0.id) }.joinedAsList)
        case .doubtful, .nonConformant: return Message.openWeights(citations)
        case .unverified: return Message.unverified(citations)
        }
    }

    /// The name clauses of a license are cited by (`Llama 3.1 Community License`), or its id.
    func citation(_ id: String) -> String {
        policies.pack(named: id)?.license.citation ?? id
    }

    private static func verdict(_ id: String, roles: [LicenseRole], policies: PolicySet) -> LicenseVerdict {
        guard let pack = policies.pack(named: id), let openness = pack.openness else {
            return LicenseVerdict(
                id: id, name: policies.pack(named: id)?.license.name ?? id, roles: roles,
                osd: .unverified, osiApproved: false, osaid: .unclear, typeAppropriate: [],
                assessedBy: nil, clauses: [])
        }
        return LicenseVerdict(
            id: pack.license.id, name: pack.license.name, roles: roles, osd: openness.osd,
            osiApproved: openness.osiApproved, osaid: openness.osaid,
            typeAppropriate: openness.typeAppropriate ?? [], assessedBy: openness.assessedBy,
            clauses: openness.clauses ?? [])
    }
}

// MARK: - Messages

extension ReleaseLicenses {
    fileprivate enum Message {
        static var noLicense: String {
            "no license found: nothing supports calling the release open; declare its license in the model card"
        }

        static func openSource(_ citations: String) -> String {
            "open source: released under \(citations), OSI-approved "
                + "(Open Source AI needs its data information and code too)"
        }

        static func unlessDerived(_ citations: String) -> String {
            "; unless it derives from a base under the \(citations), which the lineage leaves a question"
        }

        static func notApproved(_ citations: String, unapproved: String) -> String {
            "released under \(citations); \(unapproved) restricts no person or field but is not OSI-approved, "
                + "so name the license rather than say open source"
        }

        static func openLicence(_ citations: String) -> String {
            "released under an open licence (\(citations)); not an OSI-approved software licence"
        }

        static func openWeights(_ citations: String) -> String {
            "open weights, available under the \(citations) (not open source)"
        }

        static func unverified(_ citations: String) -> String {
            "available under \(citations), whose openness clearance has not assessed"
        }
    }
}

extension Array where Element == String {
    /// The strings in order, each once.
    var uniqued: [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }

    /// `a`, `a and b`, `a, b and c`.
    var joinedAsList: String {
        count <= 1 ? (first ?? "") : dropLast().joined(separator: ", ") + " and " + self[count - 1]
    }
}
