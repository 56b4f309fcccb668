import BundleModel

/// A share-alike or copyleft upstream: the derivative is declared under the upstream's own license
/// or one the upstream allows (a later version with the same elements, a license it lists as
/// compatible), and under nothing else.
public struct ShareAlikeCheck: Check {
    static let kind = CheckKind.shareAlike

    /// The licenses besides the upstream's own that a derivative may carry.
    public var allowed: [String]?

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let pack = context.pack else { return [] }
        let id = pack.license.id
        let terms = DerivativeLicenseTerms(pack: pack)
        let accepted = ([id] + (allowed ?? [])).joined(separator: " or ")
        let declared = context.lineage.declared
        guard !declared.isEmpty else { return [context.finding(.fail, Message.nothingDeclared(accepted))] }
        let sort = DeclaredLicenseSort(declared, policies: context.policies) {
            terms.admits($0, policies: context.policies)
        }
        let parentLicenses = Set(context.lineage.upstreams.filter { !$0.models.isEmpty && $0.id != id }.map(\.id))
        let foreign = sort.refused.filter { !($0.id.map(parentLicenses.contains) ?? false) }
        if !sort.refused.isEmpty {
            let refused = DeclaredLicenseSort.names(sort.refused)
            if !sort.admitted.isEmpty, foreign.isEmpty {
                return [
                    context.finding(
                        .needsReview, Message.alsoParent(refused, DeclaredLicenseSort.names(sort.admitted)),
                        evidence: declared.map(\.evidence), question: Message.askAlso(refused, id))
                ]
            }
            let fromUpstreams = context.lineage.upstreams.filter { upstream in
                upstream.id != id && sort.refused.contains { $0.id == upstream.id }
            }
            return [
                context.finding(
                    .fail,
                    Message.refused(
                        refused, id: id, accepted: accepted, own: context.upstream,
                        others: fromUpstreams),
                    evidence: sort.refused.map(\.evidence) + fromUpstreams.flatMap(\.evidence))
            ]
        }
        if !sort.undetermined.isEmpty {
            let names = DeclaredLicenseSort.names(sort.undetermined)
            let known = sort.undetermined.contains { $0.id != nil }
            guard known else {
                return [
                    context.finding(
                        .fail, Message.unknown(names, accepted), evidence: sort.undetermined.map(\.evidence))
                ]
            }
            return [
                context.finding(
                    .needsReview, Message.family(names, accepted), evidence: sort.undetermined.map(\.evidence),
                    question: Message.askFamily(names, accepted))
            ]
        }
        return [
            context.finding(
                .pass, Message.declares(DeclaredLicenseSort.names(sort.admitted), id),
                evidence: sort.admitted.map(\.evidence))
        ]
    }
}

// MARK: - Messages

extension ShareAlikeCheck {
    fileprivate enum Message {
        static func nothingDeclared(_ accepted: String) -> String {
            "The release declares no license; as a derivative of share-alike material it must be released under \(accepted)."
        }

        static func declares(_ names: String, _ id: String) -> String {
            "The release declares \(names), which the share-alike terms of \(id) allow."
        }

        static func refused(
            _ names: String, id: String, accepted: String, own: UpstreamLicense?,
            others: [UpstreamLicense]
        ) -> String {
            let models = own.map { $0.models.isEmpty ? "" : " (\($0.models.joined(separator: ", ")))" } ?? ""
            let named = others.filter { !$0.models.isEmpty }.map {
                "\($0.id) is the license of \($0.models.joined(separator: ", "))"
            }
            let conflict = named.isEmpty ? "" : " The upstreams conflict as declared: \(named.joined(separator: "; "))."
            return """
                The release declares \(names), but it derives from work under \(id)\(models), whose share-alike terms \
                require the derivative to be released under \(accepted).\(conflict)
                """
        }

        static func alsoParent(_ refused: String, _ admitted: String) -> String {
            "The release declares \(admitted) and also \(refused), the license of another model it derives from."
        }

        static func askAlso(_ refused: String, _ id: String) -> String {
            """
            Is the whole release offered under \(id), with \(refused) kept only for the notices its own parent \
            requires? Share-alike terms allow no other license for the derivative.
            """
        }

        static func unknown(_ names: String, _ accepted: String) -> String {
            "The release declares \(names), a license clearance does not know; share-alike terms require \(accepted)."
        }

        static func family(_ names: String, _ accepted: String) -> String {
            "The release declares \(names), which names a family of licenses, not one; share-alike terms require \(accepted)."
        }

        static func askFamily(_ names: String, _ accepted: String) -> String {
            "Which license does \(names) mean, and is it \(accepted)?"
        }
    }
}
