import BundleModel

/// The openness profile for a person (`clearance openness`): the verdict and what the release may
/// say about itself, the licenses with their disqualifying clauses, the MOF components and class,
/// the Radboud cells, the AI Act question and the card's claims.
public struct OpennessTextRenderer: Sendable {
    let style: TextStyle

    public init(style: TextStyle) {
        self.style = style
    }

    /// The whole profile of the release at `subject`, ending with a newline.
    public func render(_ profile: OpennessProfile, subject: Subject) -> String {
        var lines = [
            style.bold("\(subject.path): \(profile.osd.verdict.phrase)"),
            "Say: \(profile.osd.accurateWording).", "",
        ]
        lines += licenses(profile)
        lines += ["", style.bold("Open Source AI (OSAID 1.0)"), "  \(profile.osaid.reason)", ""]
        lines += mof(profile.mof)
        lines += radboud(profile.radboud)
        lines += [
            "", style.bold("EU AI Act Art. 53(2), licence side: \(profile.aiAct.licenseSide.rawValue)"),
            "  \(profile.aiAct.question)",
        ]
        lines += profile.aiAct.factsNeeded.map { "  - needs: \($0)" }
        lines += claims(profile.claims)
        return lines.joined(separator: "\n") + "\n"
    }

    private func licenses(_ profile: OpennessProfile) -> [String] {
        guard !profile.licenses.isEmpty else { return ["No license is declared or binds the release."] }
        var lines = [style.bold("Licenses")]
        for license in profile.licenses {
            let roles = license.roles.map(\.rawValue).joined(separator: ", ")
            lines.append("  \(license.id) (\(roles)): \(license.osd.phrase); OSAID \(license.osaid.rawValue)")
            lines += license.clauses.map { "    \($0.section) \($0.clause) [\($0.criteria)]" }
            if let source = license.assessedBy { lines.append("    assessed by \(source)") }
        }
        return lines
    }

    private func mof(_ mof: MOFProfile) -> [String] {
        let progress = ["3", "2", "1"].map {
            "\(["3": "III", "2": "II", "1": "I"][$0] ?? $0) \(mof.progress[$0] ?? 0)%"
        }
        var lines = [style.bold("Model Openness Framework: \(mof.label)") + " (\(progress.joined(separator: ", ")))"]
        let rows = mof.components.map { entry in
            [
                entry.name, OpennessWords.mofClass(entry.component.mofClass), entry.status.rawValue,
                entry.license.map { "\($0.ids.joined(separator: ", ")) \($0.judgement.rawValue)" } ?? "-",
                entry.paths.first ?? entry.url ?? entry.decidedBy ?? "",
            ]
        }
        lines += TextTable.render(header: ["COMPONENT", "CLASS", "STATUS", "LICENSE", "WHERE"], rows: rows).map {
            "  \($0)"
        }
        if let next = mof.nextClass, !mof.blocking.isEmpty {
            lines.append("  Blocking \(OpennessWords.mofClassName(next)):")
            lines += mof.blocking.map {
                "    \($0.component.motName): \($0.reason)\($0.decidedBy.map { " (decided by \($0))" } ?? "")"
            }
        }
        lines += mof.warnings.map { "  warning: \($0)" }
        return lines + [""]
    }

    private func radboud(_ radboud: RadboudProfile) -> [String] {
        var lines = [style.bold("Radboud openness index: \(OpennessWords.score(radboud))")]
        let rows = radboud.cells.map { [$0.dimension.rawValue, $0.dimension.label, $0.level.rawValue, $0.note] }
        lines += TextTable.render(header: ["CELL", "WHAT", "LEVEL", "WHY"], rows: rows).map { "  \($0)" }
        return lines
    }

    private func claims(_ claims: [OpennessClaim]) -> [String] {
        guard !claims.isEmpty else { return ["", "The card makes no openness claim."] }
        var lines = ["", style.bold("Claims in the card")]
        for claim in claims {
            let mark = claim.judgement == .unsupported ? style.red(claim.judgement.rawValue) : claim.judgement.rawValue
            lines.append("  \(claim.path):\(claim.line) \(mark) (\(claim.kind.rawValue)): “\(claim.text)”")
        }
        return lines
    }
}

/// How the profile's values read in every format.
enum OpennessWords {
    /// `III`, `II`, `I`.
    static func mofClass(_ value: Int) -> String {
        ["III", "II", "I"][max(0, min(2, 3 - value))]
    }

    /// `Class II`.
    static func mofClassName(_ value: Int) -> String {
        "Class \(mofClass(value))"
    }

    /// One line for the check report: `Openness: not OSD-conformant (llama3.1); MOF Unclassified;
    /// say "open weights, …" (clearance openness shows the profile)`.
    static func summary(_ profile: OpennessProfile) -> String {
        let limited = profile.osd.limitedBy.isEmpty ? "" : " (\(profile.osd.limitedBy.joined(separator: ", ")))"
        return "Openness: \(profile.osd.verdict.phrase)\(limited); MOF \(profile.mof.label); "
            + "say \"\(profile.osd.accurateWording)\" (clearance openness shows the profile)"
    }

    /// `4.5 over 8 known cells (of 14); 6 unknown`.
    static func score(_ radboud: RadboudProfile) -> String {
        let score = radboud.score == radboud.score.rounded() ? String(Int(radboud.score)) : String(radboud.score)
        let unknown = radboud.cells.count - radboud.knownCells
        return "\(score) over \(radboud.knownCells) known cells (of \(radboud.cells.count)); \(unknown) unknown"
    }
}
