import BundleModel

/// A card that says `license: other` names the license and links its text.
public struct LicenseOtherNamedCheck: Check {
    static let kind = CheckKind.licenseOtherNamed

    /// The check; it takes no parameters.
    public init() {}

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let card = context.bundle.card else { return [] }
        let info = card.info
        guard info.license.contains(where: { $0.lowercased() == "other" }) else {
            return info.license.isEmpty
                ? []
                : [
                    context.finding(
                        .pass, Message.listed(info.license),
                        evidence: [Evidence(path: card.path)])
                ]
        }
        var missing: [String] = []
        if info.licenseName == nil { missing.append("license_name") }
        if info.licenseLink == nil { missing.append("license_link") }
        if missing.isEmpty {
            return [context.finding(.pass, Message.namedAndLinked(info), evidence: [Evidence(path: card.path)])]
        }
        return [
            context.finding(
                .fail, Message.without(missing),
                evidence: [Evidence(path: card.path, excerpt: "license: other")])
        ]
    }

    /// `license_name` and `license_link` of the one license the Hub has no identifier for among
    /// the upstream and shipped licenses; none when that is not one license (a judgement).
    func remedies(_ context: RuleContext) -> [Remedy] {
        let ids = Set(context.lineage.upstreams.map(\.id) + context.lineage.detected.map(\.id))
        let unlisted = ids.sorted().compactMap { context.policies.packs[$0] }
            .filter { ($0.license.huggingFace ?? []).isEmpty }
        guard unlisted.count == 1, let pack = unlisted.first else { return [] }
        if let name = context.bundle.card?.info.licenseName, !pack.isNamed(name) { return [] }
        return [.cardLicense(.declaring(pack))]
    }
}

// MARK: - Messages

extension LicenseOtherNamedCheck {
    fileprivate enum Message {
        static func listed(_ licenses: [String]) -> String {
            "The card declares a listed license id (\(licenses.joined(separator: ", ")))."
        }

        static func namedAndLinked(_ info: ModelCardInfo) -> String {
            "The card's license: other is named (\(info.licenseName ?? "")) and linked (\(info.licenseLink ?? ""))."
        }

        static func without(_ missing: [String]) -> String {
            "The card says license: other without \(missing.joined(separator: " and "))."
        }
    }
}
