/// The outcome of one obligation or check, with its evidence. Findings are data, never errors.
public struct Finding: Codable, Sendable, Equatable {
    /// The rule that produced it (snake_case, unique across packs).
    public var ruleId: String
    /// The license id, or nil for integrity and security checks.
    public var license: String?
    public var category: Category
    public var status: FindingStatus
    public var severity: Severity
    /// What was found, for a person.
    public var message: String
    /// Where it was found (or looked for).
    public var evidence: [Evidence]
    /// What to do about it.
    public var remediation: String
    /// The clause it comes from (`Llama 3.1 Community License §1.b.iii`).
    public var reference: String
    /// For `needs-review`: the exact question to answer, and the fact that decides it.
    public var question: String?
    /// For `waived`: who accepted it, why, and until when.
    public var waiver: WaiverNote?
    /// For a question a reviewer answered in the facts file: the answer, who gave it and when.
    public var answer: AnswerNote?

    public init(
        ruleId: String, license: String?, category: Category, status: FindingStatus, severity: Severity,
        message: String, evidence: [Evidence] = [], remediation: String, reference: String, question: String? = nil,
        waiver: WaiverNote? = nil, answer: AnswerNote? = nil
    ) {
        self.ruleId = ruleId
        self.license = license
        self.category = category
        self.status = status
        self.severity = severity
        self.message = message
        self.evidence = evidence
        self.remediation = remediation
        self.reference = reference
        self.question = question
        self.waiver = waiver
        self.answer = answer
    }

    enum CodingKeys: String, CodingKey {
        case ruleId, license, category, status, severity, message, evidence, remediation, reference, question, waiver,
            answer
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ruleId, forKey: .ruleId)
        try container.encode(license, forKey: .license)
        try container.encode(category, forKey: .category)
        try container.encode(status, forKey: .status)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(remediation, forKey: .remediation)
        try container.encode(reference, forKey: .reference)
        try container.encodeIfPresent(question, forKey: .question)
        try container.encodeIfPresent(waiver, forKey: .waiver)
        try container.encodeIfPresent(answer, forKey: .answer)
    }

    /// The level a person reads: `review` for a question, else the severity.
    public var level: String {
        status == .needsReview ? "review" : severity.rawValue
    }
}

/// Where a finding's evidence is: a path, and a line when one is known.
public struct Evidence: Codable, Sendable, Hashable {
    public var path: String
    /// 1-based.
    public var line: Int?
    /// The text found there, quoted.
    public var excerpt: String?

    public init(path: String, line: Int? = nil, excerpt: String? = nil) {
        self.path = path
        self.line = line
        self.excerpt = excerpt
    }
}

/// Whether an obligation is met.
public enum FindingStatus: String, Codable, Sendable, CaseIterable {
    case fail
    case needsReview = "needs-review"
    case pass
    case waived
}

/// How serious a failed obligation is.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case error
    case warning
    case note

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! > allCases.firstIndex(of: rhs)!
    }
}

/// The categories of the report (docs/report.md).
public enum Category: String, Codable, Sendable, CaseIterable {
    case licenseCopy = "license-copy"
    case notice
    case attributionDisplay = "attribution-display"
    case naming
    case mauThreshold = "mau-threshold"
    case revenueThreshold = "revenue-threshold"
    case usePolicy = "use-policy"
    case licenseMetadata = "license-metadata"
    case licenseText = "license-text"
    case nonCommercial = "non-commercial"
    case geographic
    case modificationNotice = "modification-notice"
    case outputUse = "output-use"
    case hosting
    case integrity
    case security
    /// A claim ("open source", "fully open") the licenses do not support.
    case opennessClaim = "openness-claim"
    /// The derivative must be released under the upstream's license, or one it allows.
    case shareAlike = "share-alike"
    /// The upstream forbids sharing adapted material at all.
    case noDerivatives = "no-derivatives"
}

/// The acceptance a waiver records.
public struct WaiverNote: Codable, Sendable, Equatable {
    public var reason: String
    public var approvedBy: String
    /// ISO date (`2027-06-30`).
    public var expires: String

    public init(reason: String, approvedBy: String, expires: String) {
        self.reason = reason
        self.approvedBy = approvedBy
        self.expires = expires
    }
}
