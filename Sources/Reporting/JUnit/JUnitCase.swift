import BundleModel

/// One `testcase`: one finding of one obligation.
struct JUnitCase {
    let finding: Finding
    let name: String
    let classname: String

    /// Test case names, unique within a suite: the rule id, with the first evidence path when a
    /// rule reports several findings, and a number when even that repeats.
    static func names(for findings: [Finding]) -> [(finding: Finding, name: String)] {
        var perRule: [String: Int] = [:]
        for finding in findings { perRule[finding.ruleId, default: 0] += 1 }
        var used: [String: Int] = [:]
        return findings.map { finding in
            var name = finding.ruleId
            if perRule[finding.ruleId, default: 0] > 1, let path = finding.evidence.first?.path { name += " (\(path))" }
            used[name, default: 0] += 1
            if let count = used[name], count > 1 { name += " #\(count)" }
            return (finding, name)
        }
    }

    func lines() -> [String] {
        let open = "<testcase" + XMLEscaping.attributes([("name", name), ("classname", classname)])
        switch finding.status {
        case .pass:
            guard finding.answer != nil else { return [open + "/>"] }
            return [open + ">", "  <system-out>" + XMLEscaping.text(detail) + "</system-out>", "</testcase>"]
        case .fail:
            return [
                open + ">",
                "  <failure"
                    + XMLEscaping.attributes([("message", finding.message), ("type", finding.category.rawValue)]) + ">"
                    + XMLEscaping.text(detail) + "</failure>",
                "</testcase>",
            ]
        case .needsReview:
            return [
                open + ">",
                "  <skipped"
                    + XMLEscaping.attributes([("message", "needs review: " + (finding.question ?? finding.message))])
                    + "/>",
                "  <system-out>" + XMLEscaping.text(detail) + "</system-out>",
                "</testcase>",
            ]
        case .waived:
            let waiver =
                finding.waiver.map { "waived by \($0.approvedBy) until \($0.expires): \($0.reason)" } ?? "waived"
            return [
                open + ">",
                "  <skipped" + XMLEscaping.attributes([("message", waiver)]) + "/>",
                "  <system-out>" + XMLEscaping.text("WAIVED: \(waiver)\n" + detail) + "</system-out>",
                "</testcase>",
            ]
        }
    }

    /// The finding for a person: what, where, what to do, and the clause.
    private var detail: String {
        var lines = [finding.message]
        for evidence in finding.evidence {
            var place = evidence.path.isEmpty ? "(bundle)" : evidence.path
            if let line = evidence.line { place += ":\(line)" }
            if let excerpt = evidence.excerpt, !excerpt.isEmpty { place += " “\(excerpt)”" }
            lines.append("at \(place)")
        }
        if let question = finding.question { lines.append("Question: \(question)") }
        if let answer = finding.answer { lines.append("Answer: \(answer.sentence)") }
        lines.append("Remedy: \(finding.remediation)")
        lines.append("Reference: \(finding.reference) [\(finding.ruleId), \(finding.level)]")
        return lines.joined(separator: "\n")
    }
}
