import BundleModel

/// A check kind and its parameters. Which parameters a kind needs is validated on load.
public struct CheckSpec: Codable, Sendable, Equatable {
    public var kind: CheckKind
    /// `license-copy`: which document must ship (default: the agreement).
    public var document: LicenseDocumentKind?
    /// `display-statement`: the statements, any of which satisfies the rule;
    /// `use-restrictions`: URLs of the use policy whose mention incorporates it.
    public var statements: [String]?
    /// `name-prefix`: the mark the model name must begin with.
    public var prefix: String?
    /// `name-prefix`: spellings that are close to the prefix and need a reviewer's judgement.
    public var reviewPrefixes: [String]?
    /// `fact-threshold`, `fact-flag`: the fact's key path (`distributor.monthlyActiveUsers`).
    public var fact: String?
    /// `fact-threshold`: the largest value that passes.
    public var threshold: Int64?
    /// `fact-threshold`: the period the fact must be measured for (`June 2024`).
    public var period: String?
    /// `fact-threshold`: only applies when `distribution.commercial` is true.
    public var onlyWhenCommercial: Bool?
    /// `fact-flag`: the value that violates the obligation.
    public var violatedWhen: Bool?
    /// `eu-multimodal`: the countries whose domiciled distributors are not licensed.
    public var countries: [String]?
    /// `output-use`: license ids whose models may be improved with the outputs.
    public var allowedFamilies: [String]?
    /// `defects`: the defect kinds this rule reports.
    public var defects: [DefectKind]?

    public init(kind: CheckKind) {
        self.kind = kind
    }
}

/// The closed set of checks clearance implements.
public enum CheckKind: String, Codable, Sendable, CaseIterable {
    /// A copy of the license (or its use policy), identified anywhere in the bundle.
    case licenseCopy = "license-copy"
    /// Every copy of the license's text is canonical and of the right version.
    case licenseTextIntact = "license-text-intact"
    /// A Notice file carries each of the pack's notice lines exactly.
    case noticeLine = "notice-line"
    /// A "Built with …" statement is displayed in the card or docs, or attested by a fact.
    case displayStatement = "display-statement"
    /// The derivative's name begins with a mark.
    case namePrefix = "name-prefix"
    /// A numeric fact stays at or under a threshold (monthly active users).
    case factThreshold = "fact-threshold"
    /// A yes/no fact must not have a given value (commercial, hosted service).
    case factFlag = "fact-flag"
    /// Distributors domiciled in given countries are not licensed for multimodal models.
    case euMultimodal = "eu-multimodal"
    /// The release's declared license is this license.
    case declaredLicense = "declared-license"
    /// The use restrictions travel downstream: the use policy shipped, or incorporated as terms.
    case useRestrictions = "use-restrictions"
    /// Modified files carry a notice that they were changed.
    case modificationNotice = "modification-notice"
    /// The upstream NOTICE's attribution notices are carried over (Apache-2.0 §4(d)).
    case upstreamNotice = "upstream-notice"
    /// Outputs must not be used to improve models outside the license's family.
    case outputUse = "output-use"
    /// A question only a person can answer; always needs-review with the clause.
    case review
    /// Integrity and security defects found while reading the bundle.
    case defects
    /// `license: other` comes with `license_name` and `license_link`.
    case licenseOtherNamed = "license-other-named"
    /// A derivative's card names its `base_model`.
    case baseModelDeclared = "base-model-declared"
    /// GGUF `general.license` agrees with the card.
    case ggufLicenseAgrees = "gguf-license-agrees"
    /// The declared license matches the license text shipped.
    case declaredMatchesText = "declared-matches-text"
    /// Some upstream license could be determined.
    case lineageResolved = "lineage-resolved"
    /// `base_model_relation` fits the artifacts (GGUF → quantized, adapter → adapter).
    case relationFits = "relation-fits"
    /// Upstream terms that conflict (CC-BY's no-added-restrictions against a pass-through duty).
    case upstreamConflict = "upstream-conflict"
    /// A license file whose text is not recognised.
    case unrecognizedLicenseText = "unrecognized-license-text"
}
