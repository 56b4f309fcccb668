/// The ways a compliant release breaks one obligation, shared by the license families.
extension Violation {
    static let modificationMarker = "fine-tuned version of"

    /// The license file is missing; `alsoFailing` are rules that need its text too (a use-restriction
    /// pass-through the license text carries).
    static func licenseDropped(_ rule: String, path: String = "LICENSE", alsoFailing: Set<String> = []) -> Violation {
        Violation(obligation: "\(path) dropped", failingRules: alsoFailing.union([rule])) { $0.files[path] = nil }
    }

    /// One clause of the license text is changed: a word in the middle of its first long line past the first third.
    static func licenseClauseAltered(_ rule: String, path: String = "LICENSE") -> Violation {
        Violation(obligation: "a clause of \(path) altered", failingRules: [rule]) { release in
            guard let text = release[text: path] else { return }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard
                let index = lines.indices.dropFirst(lines.count / 3).first(where: {
                    lines[$0].split(separator: " ").count >= 10
                })
            else { return }
            var words = lines[index].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            words[words.count / 2] = "irrevocably-unrestricted"
            lines[index] = words.joined(separator: " ")
            release[text: path] = lines.joined(separator: "\n")
        }
    }

    /// The license file holds another version's text.
    static func licenseOfOtherVersion(_ rules: Set<String>, text: String, version: String) -> Violation {
        Violation(obligation: "LICENSE is the \(version) text", failingRules: rules) { $0[text: "LICENSE"] = text }
    }

    static func noticeDropped(_ rule: String) -> Violation {
        Violation(obligation: "NOTICE dropped", failingRules: [rule]) { $0.files["NOTICE"] = nil }
    }

    /// The Notice file carries a different line (another version's, another licensor's).
    static func noticeReplaced(_ rule: String, by line: String, as obligation: String) -> Violation {
        Violation(obligation: obligation, failingRules: [rule]) { $0[text: "NOTICE"] = line + "\n" }
    }

    /// The first Notice line lost its last word; the other lines stay.
    static func noticeTruncated(_ rule: String, failOn: String? = nil) -> Violation {
        Violation(obligation: "NOTICE line cut short", failingRules: [rule], failOn: failOn) { release in
            guard var lines = release[text: "NOTICE"]?.split(separator: "\n").map(String.init), let line = lines.first
            else { return }
            lines[0] = String(line[..<(line.lastIndex(of: " ") ?? line.endIndex)])
            release[text: "NOTICE"] = lines.joined(separator: "\n") + "\n"
        }
    }

    static func cardLicenseRemoved(_ rule: String, failOn: String? = nil) -> Violation {
        Violation(obligation: "the card declares no license", failingRules: [rule], failOn: failOn) { release in
            for key in ["license", "license_name", "license_link"] { release.card?[key] = nil }
        }
    }

    /// The card relabels the release (license laundering) while the upstream text still ships.
    static func relabelled(_ rule: String, as license: String) -> Violation {
        Violation(
            obligation: "relabelled \(license) in the card", failingRules: [rule, "metadata_declared_matches_text"]
        ) { release in
            for key in ["license_name", "license_link"] { release.card?[key] = nil }
            release.card?["license"] = license
        }
    }

    static func renamed(_ rule: String, to name: String) -> Violation {
        Violation(obligation: "named \(name)", failingRules: [rule]) { $0.card?.title = name }
    }

    /// The display statement is neither in the card nor attested elsewhere.
    static func displayRemoved(_ rule: String, statement: String) -> Violation {
        Violation(obligation: "no “\(statement)”", failingRules: [rule]) { release in
            release.card?.removeParagraphs(containing: statement)
            release.facts?.builtWithDisplayedAt = nil
        }
    }

    static func modificationStatementRemoved(_ rule: String) -> Violation {
        Violation(obligation: "no modification notice", failingRules: [rule]) {
            $0.card?.removeParagraphs(containing: modificationMarker)
        }
    }

    static func monthlyActiveUsers(_ rule: String, _ users: Int64) -> Violation {
        Violation(obligation: "\(users / 1_000_000)M monthly active users", failingRules: [rule]) {
            $0.facts?.monthlyActiveUsers = users
        }
    }

    static func domicile(_ rule: String, _ country: String) -> Violation {
        Violation(obligation: "distributor domiciled in \(country)", failingRules: [rule]) {
            $0.facts?.domicile = country
        }
    }

    static func commercialUse(_ rule: String) -> Violation {
        Violation(obligation: "commercial distribution", failingRules: [rule]) { $0.facts?.commercial = true }
    }

    static func hostedService(_ rule: String) -> Violation {
        Violation(obligation: "offered as a hosted API", failingRules: [rule]) { $0.facts?.hostedService = true }
    }
}
