import BundleModel

/// The license's use restrictions travel downstream: its use policy ships, or the release is
/// offered under the license itself (whose text carries or incorporates them), or the policy's
/// URL is given.
public struct UseRestrictionsCheck: Check {
    static let kind = CheckKind.useRestrictions

    /// URLs of the use policy whose mention incorporates it.
    public var statements: [String]?

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let id = context.licenseID else { return [] }
        let detected = context.lineage.detected.filter { $0.id == id }
        let policies = detected.filter { $0.document == .usePolicy && RecipientView.sees($0.evidence.path) }
        if !policies.isEmpty {
            let paths = Set(policies.map(\.evidence.path)).sorted().joined(separator: ", ")
            return [context.finding(.pass, Message.policyShips(id, in: paths), evidence: policies.map(\.evidence))]
        }
        let copies = detected.filter { $0.document == .agreement && RecipientView.sees($0.evidence.path) }
        let declaresSame = context.lineage.declared.contains { $0.id == id }
        if !copies.isEmpty, declaresSame {
            return [context.finding(.pass, Message.offeredUnder(id), evidence: copies.map(\.evidence))]
        }
        let mentions = (statements ?? []).flatMap { url in
            context.bundle.allDocuments.filter { RecipientView.sees($0.path) }.flatMap { document in
                TextMatching.lines(containing: url, inNormalised: context.bundle.normalisedLines(of: document)).map {
                    Evidence(path: document.path, line: $0, excerpt: document.lines[$0 - 1])
                }
            }
        }
        if !mentions.isEmpty, declaresSame || !copies.isEmpty {
            return [context.finding(.pass, Message.pointsTo(statements?.first), evidence: mentions)]
        }
        let hidden = detected.filter { !RecipientView.sees($0.evidence.path) }
        if !hidden.isEmpty {
            let paths = hidden.map(\.evidence.path)
            let what = "The \(id) use policy or license text"
            return [
                context.finding(
                    .needsReview, RecipientView.message(for: what, in: paths),
                    evidence: hidden.map(\.evidence) + mentions,
                    question: RecipientView.question(for: what, in: paths))
            ]
        }
        if !copies.isEmpty || !mentions.isEmpty {
            return [
                context.finding(
                    .needsReview, Message.otherTerms(id), evidence: copies.map(\.evidence) + mentions,
                    question: Message.askBinding(id))
            ]
        }
        return [context.finding(.fail, Message.notTravelling(id))]
    }

    /// The use policy, or a link to it where the check accepts one.
    func remedies(_ context: RuleContext) -> [Remedy] {
        guard let pack = context.pack else { return [] }
        return [
            .licenseDocument(
                LicenseDocumentRemedy(
                    licenseID: pack.license.id, document: .usePolicy,
                    licenseName: pack.license.name, url: pack.license.url,
                    links: statements ?? []))
        ]
    }
}

// MARK: - Messages

extension UseRestrictionsCheck {
    fileprivate enum Message {
        static func policyShips(_ id: String, in paths: String) -> String {
            "The \(id) use policy ships in \(paths)."
        }

        static func offeredUnder(_ id: String) -> String {
            "The release is offered under \(id) and ships its text, which carries the use restrictions to recipients."
        }

        static func pointsTo(_ url: String?) -> String {
            "The release points recipients to the use policy at \(url ?? "its URL")."
        }

        static func otherTerms(_ id: String) -> String {
            """
            The \(id) text or its use policy's URL is present, but the release is offered under other terms; \
            it is not clear the use restrictions bind recipients.
            """
        }

        static func askBinding(_ id: String) -> String {
            """
            Do the release's own license or terms include the \(id) use restrictions as enforceable provisions \
            and tell recipients they are bound by them?
            """
        }

        static func notTravelling(_ id: String) -> String {
            "Neither the \(id) use restrictions nor a reference to them travel with the release."
        }
    }
}
