import BundleModel

/// The release declares the upstream license in its metadata, instead of relabelling it.
public struct DeclaredLicenseCheck: Check {
    static let kind = CheckKind.declaredLicense

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let id = context.licenseID else { return [] }
        let declared = context.lineage.declared
        guard !declared.isEmpty else { return [context.finding(.fail, Message.nothingDeclared(id))] }
        let matching = declared.filter { $0.id == id }
        // A merge declares the license of each parent; another parent's license is no relabelling.
        let parentLicenses = Set(context.lineage.upstreams.filter { !$0.models.isEmpty }.map(\.id))
        let others = declared.filter { $0.id != id && !($0.id.map(parentLicenses.contains) ?? false) }
        if !matching.isEmpty, others.isEmpty {
            return [context.finding(.pass, Message.declares(id), evidence: matching.map(\.evidence))]
        }
        if matching.isEmpty, others.isEmpty {
            // Only the license of another parent is declared (a merge, or a base that already stacks two licenses).
            let values = Set(declared.map(\.value)).sorted().joined(separator: ", ")
            return [
                context.finding(
                    .needsReview, Message.otherParent(values, id), evidence: declared.map(\.evidence),
                    question: Message.askBoth(values, id))
            ]
        }
        let otherValues = Set(others.map(\.value)).sorted().joined(separator: ", ")
        if !matching.isEmpty {
            return [
                context.finding(
                    .needsReview, Message.declaresAlso(id, otherValues),
                    evidence: declared.map(\.evidence),
                    question: Message.askAlso(otherValues, id))
            ]
        }
        if context.pack?.license.permissive == true || others.contains(where: { $0.id == nil }) {
            return [
                context.finding(
                    .needsReview, Message.declaresOther(otherValues, id),
                    evidence: others.map(\.evidence),
                    question: Message.askOther(otherValues, id))
            ]
        }
        let lineage = context.upstream?.lineage ?? []
        return [
            context.finding(
                .fail, Message.relabelled(otherValues, id, lineage: lineage),
                evidence: others.map(\.evidence)
                    + lineage.flatMap(\.evidence).filter { !others.map(\.evidence).contains($0) })
        ]
    }

    /// The license declared in the card, in place of the card's values that relabel it.
    func remedies(_ context: RuleContext) -> [Remedy] {
        guard let pack = context.pack else { return [] }
        let parentLicenses = Set(context.lineage.upstreams.filter { !$0.models.isEmpty }.map(\.id))
        let relabelling = context.lineage.declared.filter {
            $0.source == .modelCard && $0.id != pack.license.id && !($0.id.map(parentLicenses.contains) ?? false)
        }
        return [.cardLicense(.declaring(pack, replacing: relabelling.map(\.value)))]
    }
}

// MARK: - Messages

extension DeclaredLicenseCheck {
    fileprivate enum Message {
        static func nothingDeclared(_ id: String) -> String {
            "The release declares no license (no model card license, no GGUF general.license); it must declare \(id)."
        }

        static func declares(_ id: String) -> String {
            "The release declares \(id)."
        }

        static func otherParent(_ values: String, _ id: String) -> String {
            """
            The release declares \(values), the license of another model it derives from, but not \(id), which \
            binds it too.
            """
        }

        static func askBoth(_ values: String, _ id: String) -> String {
            "Should the release declare \(id) next to \(values), since both govern the work it derives from?"
        }

        static func declaresAlso(_ id: String, _ others: String) -> String {
            "The release declares \(id) and also \(others)."
        }

        static func askAlso(_ others: String, _ id: String) -> String {
            "Is it right that the release declares \(others) besides \(id), which binds it?"
        }

        static func declaresOther(_ others: String, _ id: String) -> String {
            "The release declares \(others), not \(id), which binds it."
        }

        static func askOther(_ others: String, _ id: String) -> String {
            "May the release be offered under \(others) while \(id) governs the work it derives from?"
        }

        static func relabelled(_ others: String, _ id: String, lineage: [LineageLink]) -> String {
            let shown = lineage.filter { $0.basis != .registry }.prefix(2).map(evidence).joined(separator: "; ")
            let because = shown.isEmpty ? "" : "; \(shown)"
            return """
                The release declares \(others)\(because): it derives from work under \(id), and the upstream license \
                cannot be replaced.
                """
        }

        /// `config.json is Meta Llama 3.1 8B (…) (LlamaForCausalLM, vocab 128256, …)`.
        private static func evidence(_ link: LineageLink) -> String {
            let place = link.evidence.first.map { "\($0.path)\($0.line.map { " line \($0)" } ?? "")" } ?? "the release"
            let excerpt = link.evidence.first?.excerpt.map { " (\($0))" } ?? ""
            switch link.basis {
            case .technical: return "\(place) is a \(link.model)\(excerpt)"
            case .declared: return "\(place) names \(link.model)"
            case .stated: return "\(place) says \(link.model)\(excerpt)"
            case .registry: return "the registry gives \(link.model)"
            }
        }
    }
}
