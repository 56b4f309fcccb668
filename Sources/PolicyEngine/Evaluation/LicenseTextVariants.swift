import BundleModel

/// Which texts of the rule's license the release ships, by the fingerprints that identified them.
/// Some licenses keep one id across texts whose terms differ (the Tencent Hunyuan texts exclude
/// different territories and set different thresholds); a check with per-text variants reads the
/// text it judges by from here.
struct LicenseTextVariants {
    /// The fingerprint names of the license's agreements found in the bundle, sorted; empty when
    /// none ships or a copy was recognised by its title only.
    let identified: [String]
    /// Where those texts are.
    let evidence: [Evidence]

    init(_ context: RuleContext) {
        let copies = context.lineage.detected.filter {
            $0.id == context.licenseID && $0.document == .agreement && $0.fingerprint != nil
        }
        identified = Set(copies.compactMap(\.fingerprint)).sorted()
        evidence = copies.map(\.evidence)
    }
}
