import BundleModel

/// Integrity and security defects found while reading the bundle: one failure per defect.
public struct DefectsCheck: Check {
    static let kind = CheckKind.defects

    /// The defect kinds this rule reports.
    public var defects: [DefectKind]

    /// The check for these defect kinds.
    public init(defects: [DefectKind]) {
        self.defects = defects
    }

    var problem: String? { defects.isEmpty ? Message.needsDefects : nil }

    func evaluate(_ context: RuleContext) -> [Finding] {
        let kinds = Set(defects)
        let found = context.manifest.defects.filter { kinds.contains($0.kind) }
        guard !found.isEmpty else { return [context.finding(.pass, Message.none(context.rule.title))] }
        return found.map { defect in
            let path = defect.path.isEmpty ? context.manifest.subject.path : defect.path
            return context.finding(.fail, Message.defect(defect), evidence: [Evidence(path: path, line: defect.line)])
        }
    }
}

// MARK: - Messages

extension DefectsCheck {
    fileprivate enum Message {
        static let needsDefects = "defects needs 'defects'"

        static func none(_ title: String) -> String {
            "No \(title.lowercased()) found."
        }

        static func defect(_ defect: Defect) -> String {
            defect.path.isEmpty ? defect.message : "\(defect.path): \(defect.message)"
        }
    }
}
