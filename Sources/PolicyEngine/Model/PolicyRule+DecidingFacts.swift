/// Which declared facts settle a rule that the bundle alone cannot decide.
extension PolicyRule {
    /// The facts-file keys whose values decide this rule (`distributor.monthlyActiveUsers`), in the
    /// order a reviewer should record them; empty when the rule turns on the bundle or a judgement.
    public var decidingFacts: [String] {
        switch check.kind {
        case .factThreshold:
            [check.fact].compactMap { $0 } + (check.onlyWhenCommercial == true ? ["distribution.commercial"] : [])
        case .factFlag:
            [check.fact].compactMap { $0 }
        case .displayStatement:
            ["attestations.builtWithDisplayedAt"]
        case .euMultimodal:
            ["distributor.domicile"]
        case .outputUse:
            ["model.trainedOnOutputsOf"]
        default:
            []
        }
    }
}
