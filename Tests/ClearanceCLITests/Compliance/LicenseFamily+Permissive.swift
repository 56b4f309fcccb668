/// Permissive upstreams: an Apache-2.0 Qwen2.5-7B fine-tune (its LICENSE with the appendix filled
/// in, as Qwen's own is), an MIT phi-2 fine-tune and a CC BY 4.0 derivative. Their declared-license rules are warnings: a permissive upstream may be
/// relicensed, but a release that declares nothing still fails them.
extension LicenseFamily {
    static let permissive: [LicenseFamily] = [apache, mit, ccBy]

    private static let apache = LicenseFamily(
        license: "apache-2.0",
        compliant: .fineTune(
            of: "Qwen/Qwen2.5-7B-Instruct", named: "Qwen2.5-Acme-7B", license: Release.listed("apache-2.0"),
            licenseText: UpstreamTexts.text("apache-2.0").replacing(
                "Copyright [yyyy] [name of copyright owner]", with: "Copyright 2024 Alibaba Cloud")),
        violations: [
            .licenseDropped("apache_2_0_license_copy"),
            .licenseClauseAltered("apache_2_0_license_text"),
            .modificationStatementRemoved("apache_2_0_modification_notice"),
            .cardLicenseRemoved("apache_2_0_declared_license", failOn: "warning"),
        ]
    )

    /// MIT's reference text is the permission notice alone; a real LICENSE adds the title and copyright line.
    private static let mit = LicenseFamily(
        license: "mit",
        compliant: .fineTune(
            of: "microsoft/phi-2", named: "phi-2-acme", license: Release.listed("mit"),
            licenseText: "MIT License\n\nCopyright (c) Microsoft Corporation.\n\n" + UpstreamTexts.text("mit")),
        violations: [
            .licenseDropped("mit_license_copy"),
            .licenseClauseAltered("mit_license_text"),
            .cardLicenseRemoved("mit_declared_license", failOn: "warning"),
        ]
    )

    /// No registry entry carries CC BY 4.0: the facts name the base with its license (`model.upstream`).
    private static let ccBy = LicenseFamily(
        license: "cc-by-4.0",
        compliant: .fineTune(
            of: "acme-research/open-base-1b", named: "acme-open-1b-chat", license: Release.listed("cc-by-4.0"),
            licenseText: UpstreamTexts.text("cc-by-4.0"),
            facts: ReleaseFacts(upstream: [("acme-research/open-base-1b", "cc-by-4.0")])),
        violations: [
            .licenseClauseAltered("cc_by_4_0_license_text"),
            .modificationStatementRemoved("cc_by_4_0_modification_indication"),
            .cardLicenseRemoved("cc_by_4_0_declared_license", failOn: "warning"),
        ]
    )
}
