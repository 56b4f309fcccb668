/// Which parameters each check kind needs.
enum CheckValidation {
    /// A description of what is wrong with `check`, or nil when it is usable.
    static func problem(with check: CheckSpec) -> String? {
        switch check.kind {
        case .displayStatement:
            return (check.statements ?? []).isEmpty ? "display-statement needs 'statements'" : nil
        case .namePrefix:
            return check.prefix == nil ? "name-prefix needs 'prefix'" : nil
        case .factThreshold:
            guard let fact = check.fact, FactPath.numeric.contains(fact) else { return "fact-threshold needs a numeric 'fact' (\(FactPath.numeric.sorted().joined(separator: ", ")))" }
            return check.threshold == nil ? "fact-threshold needs 'threshold'" : nil
        case .factFlag:
            guard let fact = check.fact, FactPath.flags.contains(fact) else { return "fact-flag needs a yes/no 'fact' (\(FactPath.flags.sorted().joined(separator: ", ")))" }
            return check.violatedWhen == nil ? "fact-flag needs 'violatedWhen'" : nil
        case .euMultimodal:
            return (check.countries ?? []).isEmpty ? "eu-multimodal needs 'countries'" : nil
        case .outputUse:
            return check.allowedFamilies == nil ? "output-use needs 'allowedFamilies'" : nil
        case .defects:
            return (check.defects ?? []).isEmpty ? "defects needs 'defects'" : nil
        default:
            return nil
        }
    }
}

/// The fact keys checks may name.
enum FactPath {
    static let numeric: Set<String> = ["distributor.monthlyActiveUsers"]
    static let flags: Set<String> = ["distribution.commercial", "distribution.hostedService"]
}
