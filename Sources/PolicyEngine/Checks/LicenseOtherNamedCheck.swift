import BundleModel

/// A card that says `license: other` names the license and links its text.
struct LicenseOtherNamedCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let card = context.bundle.card else { return [] }
        guard card.info.license.contains(where: { $0.lowercased() == "other" }) else {
            return card.info.license.isEmpty ? [] : [context.finding(.pass, "The card declares a listed license id (\(card.info.license.joined(separator: ", "))).", evidence: [Evidence(path: card.path)])]
        }
        var missing: [String] = []
        if card.info.licenseName == nil { missing.append("license_name") }
        if card.info.licenseLink == nil { missing.append("license_link") }
        if missing.isEmpty {
            return [context.finding(.pass, "The card's license: other is named (\(card.info.licenseName ?? "")) and linked (\(card.info.licenseLink ?? "")).", evidence: [Evidence(path: card.path)])]
        }
        return [context.finding(.fail, "The card says license: other without \(missing.joined(separator: " and ")).", evidence: [Evidence(path: card.path, excerpt: "license: other")])]
    }
}
