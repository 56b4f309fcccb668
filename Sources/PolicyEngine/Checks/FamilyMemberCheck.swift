import BundleModel

/// A family identifier (`gpl`, `bsd`, `cc`, `openrail`) names no single license: which member
/// binds the release is a question, answered when the release ships one member's text (whose
/// obligations then apply as well: the lineage adds it).
public struct FamilyMemberCheck: Check {
    static let kind = CheckKind.familyMember

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let pack = context.pack else { return [] }
        let members = pack.license.members ?? []
        let shipped = context.lineage.detected.filter { members.contains($0.id) && $0.document == .agreement }
        let ids = Set(shipped.map(\.id)).sorted()
        if ids.count == 1, let member = ids.first {
            return [
                context.finding(
                    .pass, Message.answered(pack.license.id, member, shipped), evidence: shipped.map(\.evidence))
            ]
        }
        let question = context.rule.question.map(context.fill) ?? Message.ask(pack.license.id, members)
        if ids.count > 1 {
            return [
                context.finding(
                    .needsReview, Message.several(pack.license.id, ids), evidence: shipped.map(\.evidence),
                    question: question)
            ]
        }
        return [
            context.finding(
                .needsReview, Message.unanswered(pack.license.id, members),
                evidence: context.upstream?.evidence ?? [], question: question)
        ]
    }
}

// MARK: - Messages

extension FamilyMemberCheck {
    fileprivate enum Message {
        static func answered(_ family: String, _ member: String, _ shipped: [DetectedLicense]) -> String {
            let paths = Set(shipped.map(\.evidence.path)).sorted().joined(separator: ", ")
            return
                "\(family) names a family of licenses; \(paths) is the \(member) text, so \(member) is the one that applies."
        }

        static func several(_ family: String, _ ids: [String]) -> String {
            "\(family) names a family of licenses, and the release ships the texts of several of them: \(ids.joined(separator: ", "))."
        }

        static func unanswered(_ family: String, _ members: [String]) -> String {
            let which = members.isEmpty ? "" : " (\(members.joined(separator: ", ")))"
            return "\(family) names a family of licenses\(which), not one, and no member's text ships with the release."
        }

        static func ask(_ family: String, _ members: [String]) -> String {
            let options = members.isEmpty ? "" : ": \(members.joined(separator: ", "))"
            return "Which license of the \(family) family governs the upstream\(options)? Ship its text as LICENSE."
        }
    }
}
