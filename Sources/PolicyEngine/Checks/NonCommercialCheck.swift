import BundleModel

/// A non-commercial upstream: the derivative's declared license must not grant what the upstream
/// withholds. A license that permits commercial use contradicts it. (Whether the release is in fact
/// distributed commercially is a `fact-flag` rule on `distribution.commercial`.)
public struct NonCommercialCheck: Check {
    static let kind = CheckKind.nonCommercial

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let id = context.licenseID else { return [] }
        let declared = context.lineage.declared
        guard !declared.isEmpty else { return [context.finding(.fail, Message.nothingDeclared(id))] }
        let sort = DeclaredLicenseSort(declared, policies: context.policies) {
            context.policies.packs[$0]?.license.nonCommercial == true
        }
        let upstreamIDs = Set(context.lineage.upstreams.filter { $0.id != id }.map(\.id))
        if !sort.refused.isEmpty {
            let refused = DeclaredLicenseSort.names(sort.refused)
            let fromUpstreams = context.lineage.upstreams.filter { upstream in
                sort.refused.contains { $0.id == upstream.id }
            }
            if !sort.admitted.isEmpty, sort.refused.allSatisfy({ $0.id.map(upstreamIDs.contains) ?? false }) {
                return [
                    context.finding(
                        .needsReview, Message.alsoCommercial(refused, DeclaredLicenseSort.names(sort.admitted)),
                        evidence: declared.map(\.evidence), question: Message.askBoth(refused, id))
                ]
            }
            return [
                context.finding(
                    .fail, Message.contradicts(refused, id: id, own: context.upstream, others: fromUpstreams),
                    evidence: sort.refused.map(\.evidence) + fromUpstreams.flatMap(\.evidence)
                        + (context.upstream?.evidence ?? []))
            ]
        }
        if !sort.undetermined.isEmpty {
            let names = DeclaredLicenseSort.names(sort.undetermined)
            return [
                context.finding(
                    .needsReview, Message.undetermined(names, id), evidence: sort.undetermined.map(\.evidence),
                    question: Message.askUndetermined(names, id))
            ]
        }
        return [
            context.finding(
                .pass, Message.nonCommercial(DeclaredLicenseSort.names(sort.admitted), id),
                evidence: sort.admitted.map(\.evidence))
        ]
    }
}

// MARK: - Messages

extension NonCommercialCheck {
    fileprivate enum Message {
        static func nothingDeclared(_ id: String) -> String {
            "The release declares no license; it derives from work under \(id), so it must declare \(id) or another non-commercial license."
        }

        static func nonCommercial(_ names: String, _ id: String) -> String {
            "The release declares \(names), which keeps the \(id) material non-commercial."
        }

        static func contradicts(_ names: String, id: String, own: UpstreamLicense?, others: [UpstreamLicense]) -> String
        {
            let models = own.map { $0.models.isEmpty ? "" : " (\($0.models.joined(separator: ", ")))" } ?? ""
            let named = others.filter { !$0.models.isEmpty }
                .map { "\($0.id), the license of \($0.models.joined(separator: ", "))," }
            let conflict =
                named.isEmpty
                ? "" : " The upstreams conflict as declared: \(named.joined(separator: "; ")) against \(id)."
            return """
                The release declares \(names), which permits commercial use, but it derives from work under \(id)\(models), \
                which may be shared for non-commercial purposes only.\(conflict)
                """
        }

        static func alsoCommercial(_ refused: String, _ admitted: String) -> String {
            "The release declares \(admitted) and also \(refused), which permits commercial use."
        }

        static func askBoth(_ refused: String, _ id: String) -> String {
            """
            Is it clear to recipients that the release as a whole may be used only non-commercially under \(id), \
            and that \(refused) covers only what its own upstream requires?
            """
        }

        static func undetermined(_ names: String, _ id: String) -> String {
            "The release declares \(names); whether it keeps the \(id) material non-commercial cannot be told from its name."
        }

        static func askUndetermined(_ names: String, _ id: String) -> String {
            "Does \(names) permit commercial use? A derivative of \(id) material may be shared non-commercially only."
        }
    }
}
