import BundleModel

/// Every upstream must be satisfiable at once. Two upstreams whose terms admit no common license
/// for the derivative (two different share-alike licenses, share-alike and non-commercial terms)
/// cannot both be met by any release, whatever it declares.
public struct UpstreamsCompatibleCheck: Check {
    static let kind = CheckKind.upstreamsCompatible

    /// The check; it takes no parameters.
    public init() {}

    func evaluate(_ context: RuleContext) -> [Finding] {
        let bound = context.lineage.upstreams.filter { $0.reach == .weights }.compactMap { upstream in
            context.policies.packs[upstream.id].map { (upstream: upstream, terms: DerivativeLicenseTerms(pack: $0)) }
        }
        guard bound.count >= 2, bound.contains(where: { $0.terms.constrains }) else { return [] }
        var conflicts: [(UpstreamLicense, UpstreamLicense)] = []
        for (index, first) in bound.enumerated() {
            for second in bound[(index + 1)...]
            where (first.terms.constrains || second.terms.constrains)
                && !DerivativeLicenseTerms.compatible(first.terms, second.terms, policies: context.policies)
            {
                conflicts.append((first.upstream, second.upstream))
            }
        }
        let ids = bound.map(\.upstream.id)
        guard !conflicts.isEmpty else { return [context.finding(.pass, Message.compatible(ids))] }
        let evidence = conflicts.flatMap { $0.0.evidence + $0.1.evidence }
        return [context.finding(.fail, Message.conflicting(conflicts), evidence: evidence)]
    }
}

// MARK: - Messages

extension UpstreamsCompatibleCheck {
    fileprivate enum Message {
        static func compatible(_ ids: [String]) -> String {
            "One license can meet the terms of every upstream (\(ids.joined(separator: ", "))) at once."
        }

        static func conflicting(_ pairs: [(UpstreamLicense, UpstreamLicense)]) -> String {
            let described = pairs.map { "\(name($0.0)) and \(name($0.1))" }.joined(separator: "; ")
            return
                "No license can meet the terms of both \(described): each requires the derivative to carry a license "
                + "the other does not allow."
        }

        private static func name(_ upstream: UpstreamLicense) -> String {
            upstream.models.isEmpty ? upstream.id : "\(upstream.id) (\(upstream.models.joined(separator: ", ")))"
        }
    }
}
