/// Breaking what an upstream asks of the derivative's own license and of sharing it at all.
extension Violation {
    /// The card offers the release under another license (the license text still ships, so the card
    /// and the text disagree as well).
    static func relicensed(_ rules: Set<String>, as license: String) -> Violation {
        Violation(obligation: "offered under \(license)", failingRules: rules.union(["metadata_declared_matches_text"]))
        { release in
            for key in ["license_name", "license_link"] { release.card?[key] = nil }
            release.card?["license"] = license
        }
    }

    /// A no-derivatives model shared as a fine-tune instead of a format conversion.
    static func sharedAsFineTune(_ rule: String) -> Violation {
        Violation(obligation: "shared as a fine-tune", failingRules: [rule]) {
            $0.card?["base_model_relation"] = "finetune"
        }
    }
}
