import BundleModel

/// How open the release is, for a reviewer at a glance: one table of verdicts (OSD, OSAID, MOF,
/// Radboud, the AI Act's licence side, what the release may say), the card's open-source claims
/// as items to tick, and the MOF components that are there or declared.
struct OpennessSection {
    let profile: OpennessProfile

    func lines() -> [String] {
        var lines = [
            "## Openness", "",
            "How open the release is, from its files, its lineage and the declared facts. "
                + "Unknown is never counted as closed.", "",
            "| Question | Answer | Why |", "|---|---|---|",
        ]
        lines += rows.map { "| \($0.question) | \(MarkdownText.inline($0.answer)) | \(MarkdownText.inline($0.why)) |" }
        lines.append("")
        lines += claimLines
        lines += componentLines
        return lines
    }

    private var rows: [(question: String, answer: String, why: String)] {
        let osd = profile.osd
        let clause = profile.licenses.first { osd.limitedBy.contains($0.id) }?.clauses.first
        let osdWhy =
            ([osd.limitedBy.joined(separator: ", ")]
            + [clause.map { "\($0.section): \($0.clause) (\($0.criteria))" } ?? ""]).filter { !$0.isEmpty }
        let mof = profile.mof
        let blocking = mof.blocking.map(\.component.motName)
        let mofWhy =
            mof.nextClass.map { next in
                blocking.isEmpty ? "" : "\(OpennessWords.mofClassName(next)) needs: \(blocking.joined(separator: ", "))"
            } ?? "every required component is open"
        let known = profile.radboud.cells.filter { $0.level != .unknown }
            .map { "\($0.dimension.rawValue) \($0.level.rawValue)" }
        return [
            ("Open source (OSD)?", osd.verdict.phrase, osdWhy.joined(separator: " — ")),
            ("Open Source AI (OSAID 1.0)?", profile.osaid.status.rawValue, profile.osaid.reason),
            ("Model Openness Framework", "\(mof.label) (\(progress(mof)))", mofWhy),
            ("Radboud openness index", OpennessWords.score(profile.radboud), known.joined(separator: ", ")),
            ("EU AI Act Art. 53(2), licence side", profile.aiAct.licenseSide.rawValue, profile.aiAct.question),
            ("What the release may say", osd.accurateWording, ""),
        ]
    }

    private func progress(_ mof: MOFProfile) -> String {
        ["3", "2", "1"].map { "\(OpennessWords.mofClass(Int($0) ?? 3)) \(mof.progress[$0] ?? 0)%" }
            .joined(separator: ", ")
    }

    /// The open-source claims, each to tick once it is reworded or found supported.
    private var claimLines: [String] {
        let claims = profile.claims.filter { $0.kind == .openSource }
        guard !claims.isEmpty else {
            let rest = profile.claims.isEmpty ? "." : "; its availability wording and comparisons are accurate."
            return ["The card makes no open-source claim" + rest, ""]
        }
        var lines = ["Open-source claims in the card:", ""]
        for claim in claims {
            let place = MarkdownText.code("\(claim.path):\(claim.line)")
            let verdict: String
            switch claim.judgement {
            case .unsupported: verdict = "not supported by the licenses; say instead: \(profile.osd.accurateWording)"
            case .unverifiable: verdict = "a question: clearance cannot judge it (see the finding)"
            case .supported, .accurate: verdict = "supported: \(profile.osd.accurateWording)"
            }
            let box = claim.judgement == .supported ? "x" : " "
            lines.append("- [\(box)] \(place) “\(MarkdownText.inline(claim.text))” — \(MarkdownText.inline(verdict))")
        }
        return lines + [""]
    }

    /// The MOF components found in the bundle or declared, with their licenses.
    private var componentLines: [String] {
        let present = profile.mof.components.filter { [.included, .declared].contains($0.status) }
        guard !present.isEmpty else { return [] }
        var lines = ["| MOF component | Class | Status | License | Where |", "|---|---|---|---|---|"]
        for entry in present {
            let license = entry.license.map { "\($0.ids.joined(separator: ", ")) (\($0.judgement.rawValue))" } ?? "—"
            let place =
                entry.paths.first.map { MarkdownText.code($0, inTable: true) }
                ?? entry.url.map(MarkdownText.inline) ?? "—"
            let cells = [
                entry.name, OpennessWords.mofClass(entry.component.mofClass), entry.status.rawValue,
                MarkdownText.inline(license), place,
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        let unknown = profile.mof.components.count - present.count
        if unknown > 0 {
            lines += [
                "",
                "\(unknown) other components are missing or unknown: `clearance openness` lists them with "
                    + "the facts that would settle each.",
            ]
        }
        return lines + [""]
    }
}
