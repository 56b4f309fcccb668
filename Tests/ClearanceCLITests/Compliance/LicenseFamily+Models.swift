/// The language- and vision-model licenses issue 12 adds: MNPL (Codestral), the TII Falcon License
/// (Falcon 3), BigCode OpenRAIL-M, Yi, glm-4, HAI-DEF, the FAIR Noncommercial Research License
/// and Apple's two licenses.
extension LicenseFamily {
    static let models: [LicenseFamily] = [
        mnpl, falcon3, bigCode, yi, glm4, healthAI, fair, appleResearch, appleSampleCode,
    ]

    private static let mnpl = LicenseFamily(
        license: "mnpl",
        compliant: .fineTune(
            of: "mistralai/Codestral-22B-v0.1", named: "Codestral-Acme-22B",
            license: Release.other("mnpl", link: "https://mistral.ai/licenses/MNPL-0.1.md"),
            licenseText: UpstreamTexts.text("mnpl"), notices: [NoticeLines.line("mnpl")],
            facts: ReleaseFacts(commercial: false)),
        violations: [
            .licenseDropped("mnpl_license_copy"),
            .licenseClauseAltered("mnpl_license_text"),
            .noticeTruncated("mnpl_notice_line", failOn: "warning"),
            .modificationStatementRemoved("mnpl_modification_notice"),
            .commercialUse("mnpl_non_production"),
            .cardLicenseRemoved("mnpl_declared_license"),
        ]
    )

    private static let falconStatement =
        "is built using artificial intelligence technology from the Technology Innovation Institute"

    private static let falcon3 = LicenseFamily(
        license: "falcon-llm-license",
        compliant: .fineTune(
            of: "tiiuae/Falcon3-7B-Instruct", named: "Falcon3-Acme-7B", license: Release.other("falcon-llm-license"),
            licenseText: UpstreamTexts.text("falcon-llm-license"), statements: ["Falcon3-Acme-7B \(falconStatement)."],
            otherFiles: ["ACCEPTABLE_USE_POLICY": UpstreamTexts.text("falcon-llm-license", "ACCEPTABLE_USE_POLICY")]),
        violations: [
            .licenseDropped("falcon_llm_license_license_copy"),
            .licenseClauseAltered("falcon_llm_license_license_text"),
            .modificationStatementRemoved("falcon_llm_license_modification_notice"),
            .displayRemoved("falcon_llm_license_publication_statement", statement: falconStatement),
            .cardLicenseRemoved("falcon_llm_license_declared_license"),
        ]
    )

    private static let bigCode = LicenseFamily(
        license: "bigcode-openrail-m",
        compliant: .fineTune(
            of: "bigcode/starcoder2-15b", named: "acme-coder-15b", license: Release.listed("bigcode-openrail-m"),
            licenseText: UpstreamTexts.text("bigcode-openrail-m")),
        violations: [
            .licenseDropped("bigcode_openrail_m_license_copy", alsoFailing: ["bigcode_openrail_m_use_restrictions"]),
            .licenseClauseAltered("bigcode_openrail_m_license_text"),
            .modificationStatementRemoved("bigcode_openrail_m_change_documentation"),
            .cardLicenseRemoved("bigcode_openrail_m_declared_license"),
        ]
    )

    private static let yi = LicenseFamily(
        license: "yi-license",
        compliant: .fineTune(
            of: "01-ai/Yi-34B", named: "Yi-Acme-34B", license: Release.other("yi-license"),
            licenseText: UpstreamTexts.text("yi-license"),
            statements: ["Yi-Acme-34B is based on Yi-34B by 01.AI."], facts: ReleaseFacts(builtWithDisplayedAt: nil)),
        violations: [
            .licenseDropped("yi_license_license_copy"),
            .licenseClauseAltered("yi_license_license_text"),
            .displayRemoved("yi_license_attribution", statement: "01.AI"),
            .modificationStatementRemoved("yi_license_modification_notice"),
            .cardLicenseRemoved("yi_license_declared_license"),
        ]
    )

    private static let glm4 = LicenseFamily(
        license: "glm-4",
        compliant: .fineTune(
            of: "THUDM/glm-4-9b-chat", named: "glm-4-acme-9b", license: Release.other("glm-4"),
            licenseText: UpstreamTexts.text("glm-4"),
            statements: ["Built with glm-4."]),
        violations: [
            .licenseDropped("glm_4_license_copy"),
            .licenseClauseAltered("glm_4_license_text"),
            .displayRemoved("glm_4_built_with_display", statement: "Built with glm-4"),
            .renamed("glm_4_model_name_prefix", to: "Acme-Chat-9B"),
            .cardLicenseRemoved("glm_4_declared_license"),
        ]
    )

    private static let healthAI = LicenseFamily(
        license: "health-ai-developer-foundations",
        compliant: .fineTune(
            of: "google/medgemma-4b-it", named: "acme-medgemma-4b",
            license: Release.other(
                "health-ai-developer-foundations",
                link: "https://developers.google.com/health-ai-developer-foundations/terms"),
            licenseText: UpstreamTexts.text("health-ai-developer-foundations"),
            notices: [NoticeLines.line("health-ai-developer-foundations")]),
        violations: [
            .licenseDropped(
                "health_ai_developer_foundations_license_copy",
                alsoFailing: ["health_ai_developer_foundations_use_restrictions"]),
            .licenseClauseAltered("health_ai_developer_foundations_license_text"),
            .noticeDropped("health_ai_developer_foundations_notice_line"),
            .noticeTruncated("health_ai_developer_foundations_notice_line"),
            .modificationStatementRemoved("health_ai_developer_foundations_modification_notice"),
            .cardLicenseRemoved("health_ai_developer_foundations_declared_license"),
        ]
    )

    /// Its base is in no registry: the facts name it with its license (`model.upstream`), since a
    /// declared license is never taken as an upstream.
    private static let fair = LicenseFamily(
        license: "fair-noncommercial-research-license",
        compliant: .fineTune(
            of: "acme-research/fair-speech-base", named: "acme-speech-7b",
            license: Release.listed("fair-noncommercial-research-license"),
            licenseText: UpstreamTexts.text("fair-noncommercial-research-license"),
            facts: ReleaseFacts(
                commercial: false, upstream: [("acme-research/fair-speech-base", "fair-noncommercial-research-license")]
            )),
        violations: [
            .licenseDropped(
                "fair_noncommercial_research_license_license_copy",
                alsoFailing: ["fair_noncommercial_research_license_acceptable_use"]),
            .licenseClauseAltered("fair_noncommercial_research_license_license_text"),
            .commercialUse("fair_noncommercial_research_license_non_commercial"),
            .cardLicenseRemoved("fair_noncommercial_research_license_declared_license"),
        ]
    )

    private static let appleResearch = LicenseFamily(
        license: "apple-amlr",
        compliant: .fineTune(
            of: "acme-research/apple-clip-base", named: "acme-clip-s0", license: Release.listed("apple-amlr"),
            licenseText: UpstreamTexts.text("apple-amlr"), notices: [NoticeLines.line("apple-amlr")],
            facts: ReleaseFacts(commercial: false, upstream: [("acme-research/apple-clip-base", "apple-amlr")])),
        violations: [
            .licenseDropped("apple_amlr_license_copy"),
            .licenseClauseAltered("apple_amlr_license_text"),
            .noticeDropped("apple_amlr_attribution_notice"),
            .modificationStatementRemoved("apple_amlr_modification_disclosure"),
            .commercialUse("apple_amlr_research_purposes"),
            .cardLicenseRemoved("apple_amlr_declared_license"),
        ]
    )

    /// Its obligations are questions for a reviewer but the text's integrity: a compliant release passes the gate.
    private static let appleSampleCode = LicenseFamily(
        license: "apple-ascl",
        compliant: .fineTune(
            of: "acme-research/apple-depth-base", named: "acme-depth", license: Release.listed("apple-ascl"),
            licenseText: UpstreamTexts.text("apple-ascl"),
            facts: ReleaseFacts(upstream: [("acme-research/apple-depth-base", "apple-ascl")])),
        violations: [.licenseClauseAltered("apple_ascl_license_text")]
    )
}
