import BundleModel

/// A rule's check: one case per kind, each carrying the parameters only that kind takes.
///
/// In a pack it is written flat, the kind and its parameters side by side:
/// `check: {kind: name-prefix, prefix: "Llama"}`.
public enum CheckSpec: Codable, Sendable, Equatable {
    case licenseCopy(LicenseCopyCheck)
    case licenseTextIntact(LicenseTextIntactCheck)
    case noticeLine(NoticeLineCheck)
    case displayStatement(DisplayStatementCheck)
    case namePrefix(NamePrefixCheck)
    case factThreshold(FactThresholdCheck)
    case factFlag(FactFlagCheck)
    case euMultimodal(EUMultimodalCheck)
    case territoryExclusion(TerritoryExclusionCheck)
    case declaredLicense(DeclaredLicenseCheck)
    case useRestrictions(UseRestrictionsCheck)
    case modificationNotice(ModificationNoticeCheck)
    case upstreamNotice(UpstreamNoticeCheck)
    case outputUse(OutputUseCheck)
    case review(ReviewCheck)
    case defects(DefectsCheck)
    case licenseOtherNamed(LicenseOtherNamedCheck)
    case baseModelDeclared(BaseModelDeclaredCheck)
    case ggufLicenseAgrees(GGUFLicenseAgreesCheck)
    case declaredMatchesText(DeclaredMatchesTextCheck)
    case lineageResolved(LineageResolvedCheck)
    case relationFits(RelationFitsCheck)
    case upstreamConflict(UpstreamConflictCheck)
    case unrecognizedLicenseText(UnrecognizedLicenseTextCheck)
    case opennessClaim(OpennessClaimCheck)

    /// The kind, as packs name it.
    public var kind: CheckKind { type(of: CheckCatalog.implementation(of: self)).kind }

    /// The facts-file keys whose values decide the check, in the order a reviewer records them.
    public var decidingFacts: [String] { CheckCatalog.implementation(of: self).decidingFacts }

    /// What is wrong with the parameters, or nil when the check is usable.
    public var problem: String? { CheckCatalog.implementation(of: self).problem }

    private enum KindKey: String, CodingKey { case kind }

    /// Decodes the kind, then the parameters that kind takes from the same mapping.
    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: KindKey.self).decode(CheckKind.self, forKey: .kind)
        self = try CheckCatalog.decode(kind, from: decoder)
    }

    /// Encodes the kind and its parameters side by side, as packs write them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: KindKey.self)
        try container.encode(kind, forKey: .kind)
        try CheckCatalog.implementation(of: self).encode(to: encoder)
    }
}

/// Where the check kinds meet their implementations: the two switches below are exhaustive, so
/// the compiler sees that every kind decodes and every kind is implemented.
enum CheckCatalog {
    static func decode(_ kind: CheckKind, from decoder: any Decoder) throws -> CheckSpec {
        switch kind {
        case .licenseCopy: .licenseCopy(try LicenseCopyCheck(from: decoder))
        case .licenseTextIntact: .licenseTextIntact(try LicenseTextIntactCheck(from: decoder))
        case .noticeLine: .noticeLine(try NoticeLineCheck(from: decoder))
        case .displayStatement: .displayStatement(try DisplayStatementCheck(from: decoder))
        case .namePrefix: .namePrefix(try NamePrefixCheck(from: decoder))
        case .factThreshold: .factThreshold(try FactThresholdCheck(from: decoder))
        case .factFlag: .factFlag(try FactFlagCheck(from: decoder))
        case .euMultimodal: .euMultimodal(try EUMultimodalCheck(from: decoder))
        case .territoryExclusion: .territoryExclusion(try TerritoryExclusionCheck(from: decoder))
        case .declaredLicense: .declaredLicense(try DeclaredLicenseCheck(from: decoder))
        case .useRestrictions: .useRestrictions(try UseRestrictionsCheck(from: decoder))
        case .modificationNotice: .modificationNotice(try ModificationNoticeCheck(from: decoder))
        case .upstreamNotice: .upstreamNotice(try UpstreamNoticeCheck(from: decoder))
        case .outputUse: .outputUse(try OutputUseCheck(from: decoder))
        case .review: .review(try ReviewCheck(from: decoder))
        case .defects: .defects(try DefectsCheck(from: decoder))
        case .licenseOtherNamed: .licenseOtherNamed(try LicenseOtherNamedCheck(from: decoder))
        case .baseModelDeclared: .baseModelDeclared(try BaseModelDeclaredCheck(from: decoder))
        case .ggufLicenseAgrees: .ggufLicenseAgrees(try GGUFLicenseAgreesCheck(from: decoder))
        case .declaredMatchesText: .declaredMatchesText(try DeclaredMatchesTextCheck(from: decoder))
        case .lineageResolved: .lineageResolved(try LineageResolvedCheck(from: decoder))
        case .relationFits: .relationFits(try RelationFitsCheck(from: decoder))
        case .upstreamConflict: .upstreamConflict(try UpstreamConflictCheck(from: decoder))
        case .unrecognizedLicenseText: .unrecognizedLicenseText(try UnrecognizedLicenseTextCheck(from: decoder))
        case .opennessClaim: .opennessClaim(try OpennessClaimCheck(from: decoder))
        }
    }

    static func implementation(of spec: CheckSpec) -> any Check {
        switch spec {
        case .licenseCopy(let check): check
        case .licenseTextIntact(let check): check
        case .noticeLine(let check): check
        case .displayStatement(let check): check
        case .namePrefix(let check): check
        case .factThreshold(let check): check
        case .factFlag(let check): check
        case .euMultimodal(let check): check
        case .territoryExclusion(let check): check
        case .declaredLicense(let check): check
        case .useRestrictions(let check): check
        case .modificationNotice(let check): check
        case .upstreamNotice(let check): check
        case .outputUse(let check): check
        case .review(let check): check
        case .defects(let check): check
        case .licenseOtherNamed(let check): check
        case .baseModelDeclared(let check): check
        case .ggufLicenseAgrees(let check): check
        case .declaredMatchesText(let check): check
        case .lineageResolved(let check): check
        case .relationFits(let check): check
        case .upstreamConflict(let check): check
        case .unrecognizedLicenseText(let check): check
        case .opennessClaim(let check): check
        }
    }
}

/// The closed set of checks clearance implements, by the names packs give them.
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
    /// A numeric fact stays at or under a threshold (monthly active users, annual revenue).
    case factThreshold = "fact-threshold"
    /// A yes/no fact must not have a given value (commercial, hosted service).
    case factFlag = "fact-flag"
    /// Distributors domiciled in given countries are not licensed for multimodal models.
    case euMultimodal = "eu-multimodal"
    /// The license grants no rights in some territories: where the release is offered and where its
    /// distributor is domiciled must both lie outside them.
    case territoryExclusion = "territory-exclusion"
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
    /// The card's openness claims ("open source") are supported by the licenses.
    case opennessClaim = "openness-claim"
}
