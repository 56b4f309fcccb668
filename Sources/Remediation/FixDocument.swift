import BundleModel

/// What `clearance fix --format json` writes: the changes (each with its edits, the rules they
/// satisfy and its unified diff), the to-dos, and the findings left for a person.
public struct FixDocument: Encodable, Sendable {
    public var schemaVersion = 1
    public var tool: ToolInfo
    public var subject: Subject
    /// Whether this was a dry run (nothing written).
    public var dryRun: Bool
    public var changes: [Change]
    public var toDo: [FixToDo]
    /// After a fix: the findings of the check of the fixed folder that are not met (`fail`,
    /// `needs-review`). After a dry run: those of the check before that the changes do not address.
    public var remaining: [Finding]
    /// The verdict of the check after the fix; nil after a dry run.
    public var verdict: Verdict?

    /// One file written (or to be written).
    public struct Change: Encodable, Sendable {
        public var path: String
        /// `create` or `modify`.
        public var action: String
        public var edits: [FixEdit]
        public var diff: String
    }

    /// The document of a fix of `subject`: `plan`, and the check after it (nil for a dry run,
    /// whose remaining findings are those of `before` the plan does not address).
    public init(tool: ToolInfo, subject: Subject, plan: FixPlan, before: [Finding], after: Report?) {
        self.tool = tool
        self.subject = subject
        self.dryRun = after == nil
        self.changes = plan.changes.map {
            Change(path: $0.path, action: $0.before == nil ? "create" : "modify", edits: $0.edits, diff: $0.diff)
        }
        self.toDo = plan.toDos
        self.remaining = after.map { Self.open($0.findings) } ?? plan.unaddressed(in: before)
        self.verdict = after?.verdict
    }

    /// The findings that are not met.
    static func open(_ findings: [Finding]) -> [Finding] {
        findings.filter { $0.status == .fail || $0.status == .needsReview }
    }
}

extension FixPlan {
    /// The failures and questions of `findings` that no planned change addresses.
    public func unaddressed(in findings: [Finding]) -> [Finding] {
        let satisfied = rulesSatisfied
        return FixDocument.open(findings).filter { !($0.status == .fail && satisfied.contains($0.ruleId)) }
    }
}

extension FileChange {
    /// The change as a unified diff.
    public var diff: String {
        UnifiedDiff.render(
            path: path, before: before.map { String(decoding: $0, as: UTF8.self) },
            after: String(decoding: after, as: UTF8.self))
    }
}
