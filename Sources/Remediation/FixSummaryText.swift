import BundleModel

/// The part of `clearance fix`'s text output that is about the fix: for a dry run the diff of
/// every change first; then each file with its edits and the rules they satisfy, and the to-dos.
public struct FixSummaryText: Sendable {
    public let plan: FixPlan
    /// The bundle as given on the command line.
    public let bundle: String
    public let dryRun: Bool

    public init(plan: FixPlan, bundle: String, dryRun: Bool) {
        self.plan = plan
        self.bundle = bundle
        self.dryRun = dryRun
    }

    /// The summary; `unaddressed` (for a dry run) lists what the changes leave open.
    public func render(unaddressed: [Finding] = []) -> String {
        var lines = ["clearance fix \(bundle)" + (dryRun ? " (dry run: nothing written)" : ""), ""]
        if dryRun {
            for change in plan.changes { lines.append(change.diff) }
        }
        let files = plan.changes.count == 1 ? "1 file" : "\(plan.changes.count) files"
        lines.append(
            plan.changes.isEmpty ? "Nothing to write." : (dryRun ? "Would write \(files):" : "Wrote \(files):"))
        for change in plan.changes {
            lines.append("  \(change.path)" + (change.before == nil ? " (new)" : ""))
            lines += change.edits.map { "    \($0.summary) [\($0.rules.joined(separator: ", "))]" }
        }
        if !plan.toDos.isEmpty {
            lines += ["", "To do by hand:"]
            lines += plan.toDos.map { "  \($0.summary) [\($0.rules.joined(separator: ", "))]" }
        }
        if dryRun, !unaddressed.isEmpty {
            lines += ["", "Left for a person (not addressed by these changes):"]
            lines += unaddressed.map { "  \($0.status.rawValue) \($0.ruleId): \($0.question ?? $0.message)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
