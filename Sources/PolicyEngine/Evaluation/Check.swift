import BundleModel

/// One check kind's implementation: turns a rule in its context into findings. An empty result
/// means the obligation does not arise for this bundle (for example, no copy to compare).
protocol Check {
    func evaluate(_ context: RuleContext) -> [Finding]
}

/// The implementation of every check kind; the switch is exhaustive, so each kind has one.
enum CheckCatalog {
    static func check(for kind: CheckKind) -> any Check {
        switch kind {
        case .licenseCopy: LicenseCopyCheck()
        case .licenseTextIntact: LicenseTextIntactCheck()
        case .noticeLine: NoticeLineCheck()
        case .displayStatement: DisplayStatementCheck()
        case .namePrefix: NamePrefixCheck()
        case .factThreshold: FactThresholdCheck()
        case .factFlag: FactFlagCheck()
        case .euMultimodal: EUMultimodalCheck()
        case .declaredLicense: DeclaredLicenseCheck()
        case .useRestrictions: UseRestrictionsCheck()
        case .modificationNotice: ModificationNoticeCheck()
        case .upstreamNotice: UpstreamNoticeCheck()
        case .outputUse: OutputUseCheck()
        case .review: ReviewCheck()
        case .defects: DefectsCheck()
        case .licenseOtherNamed: LicenseOtherNamedCheck()
        case .baseModelDeclared: BaseModelDeclaredCheck()
        case .ggufLicenseAgrees: GGUFLicenseAgreesCheck()
        case .declaredMatchesText: DeclaredMatchesTextCheck()
        case .lineageResolved: LineageResolvedCheck()
        case .relationFits: RelationFitsCheck()
        case .upstreamConflict: UpstreamConflictCheck()
        case .unrecognizedLicenseText: UnrecognizedLicenseTextCheck()
        }
    }
}
