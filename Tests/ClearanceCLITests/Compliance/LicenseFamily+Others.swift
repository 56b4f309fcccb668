/// Gemma, Mistral's MRL, the NVIDIA Open Model License, DeepSeek, Falcon (2 11B and 180B) and
/// the RAIL family (CreativeML and BigScience Open RAIL-M).
extension LicenseFamily {
    static let others: [LicenseFamily] = [gemma, mrl, nvidia, deepseek, falcon2, falcon180B, creativeML, bigScience]

    private static let gemma = LicenseFamily(
        license: "gemma",
        compliant: .fineTune(
            of: "google/gemma-2-9b-it", named: "gemma-2-acme-9b", license: Release.listed("gemma"),
            licenseText: UpstreamTexts.text("gemma"),
            notices: [NoticeLines.line("gemma")],
            otherFiles: ["PROHIBITED_USE_POLICY.md": UpstreamTexts.text("gemma", "PROHIBITED_USE_POLICY")]),
        violations: [
            .licenseDropped("gemma_license_copy"),
            .licenseClauseAltered("gemma_license_text"),
            .noticeDropped("gemma_notice_line"),
            .noticeTruncated("gemma_notice_line"),
            .modificationStatementRemoved("gemma_modification_notice"),
            .cardLicenseRemoved("gemma_declared_license"),
        ]
    )

    private static let mrl = LicenseFamily(
        license: "mrl",
        compliant: .fineTune(
            of: "mistralai/Ministral-8B-Instruct-2410", named: "Ministral-Acme-8B",
            license: Release.other("mrl", link: "https://mistral.ai/licenses/MRL-0.1.md"),
            licenseText: titled("Mistral AI Research License", date: "MRL-0.1"),
            notices: [NoticeLines.line("mrl")], facts: ReleaseFacts(commercial: false)),
        violations: [
            .licenseDropped("mrl_license_copy"),
            .noticeTruncated("mrl_notice_line", failOn: "warning"),
            .modificationStatementRemoved("mrl_modification_notice"),
            .commercialUse("mrl_research_purposes"),
            .cardLicenseRemoved("mrl_declared_license"),
        ]
    )

    private static let nvidia = LicenseFamily(
        license: "nvidia-open-model-license",
        compliant: .fineTune(
            of: "nvidia/Nemotron-Mini-4B-Instruct", named: "Nemotron-Mini-Acme-4B",
            license: Release.other("nvidia-open-model-license"),
            licenseText: UpstreamTexts.text("nvidia-open-model-license"),
            notices: [NoticeLines.line("nvidia-open-model-license")]),
        violations: [
            .licenseDropped("nvidia_open_model_license_license_copy"),
            .licenseClauseAltered("nvidia_open_model_license_license_text"),
            .noticeDropped("nvidia_open_model_license_notice_line"),
            .noticeTruncated("nvidia_open_model_license_notice_line"),
            .cardLicenseRemoved("nvidia_open_model_license_declared_license"),
        ]
    )

    private static let deepseek = LicenseFamily(
        license: "deepseek",
        compliant: .fineTune(
            of: "deepseek-ai/deepseek-llm-7b-base", named: "deepseek-llm-acme-7b", license: Release.other("deepseek"),
            licenseText: UpstreamTexts.text("deepseek")),
        violations: [
            .licenseDropped("deepseek_license_copy", alsoFailing: ["deepseek_use_restrictions"]),
            .licenseClauseAltered("deepseek_license_text"),
            .modificationStatementRemoved("deepseek_modification_notice"),
            .cardLicenseRemoved("deepseek_declared_license"),
        ]
    )

    private static let falconStatement = "is built using Falcon LLM technology from the Technology Innovation Institute"

    private static let falcon2 = LicenseFamily(
        license: "falcon-2-11b",
        compliant: .fineTune(
            of: "tiiuae/falcon-11B", named: "Falcon2-Acme-11B", license: Release.other("falcon-2-11b"),
            licenseText: UpstreamTexts.text("falcon-2-11b"),
            statements: ["Falcon2-Acme-11B \(falconStatement)."]),
        violations: [
            .licenseDropped("falcon_2_11b_license_copy", alsoFailing: ["falcon_2_11b_acceptable_use"]),
            .licenseClauseAltered("falcon_2_11b_license_text"),
            .modificationStatementRemoved("falcon_2_11b_modification_notice"),
            .displayRemoved("falcon_2_11b_publication_statement", statement: falconStatement),
            .cardLicenseRemoved("falcon_2_11b_declared_license"),
        ]
    )

    private static let falcon180B = LicenseFamily(
        license: "falcon-180b",
        compliant: .fineTune(
            of: "tiiuae/falcon-180B-chat", named: "Falcon-Acme-180B", license: Release.other("falcon-180b"),
            licenseText: titled("FALCON 180B TII LICENSE VERSION 1.0", date: "September 2023"),
            statements: ["Falcon-Acme-180B \(falconStatement)."]),
        violations: [
            .licenseDropped("falcon_180b_license_copy", alsoFailing: ["falcon_180b_acceptable_use"]),
            .modificationStatementRemoved("falcon_180b_modification_notice"),
            .displayRemoved("falcon_180b_publication_statement", statement: falconStatement),
            .hostedService("falcon_180b_hosting_use"),
            .cardLicenseRemoved("falcon_180b_declared_license"),
        ]
    )

    private static let creativeML = LicenseFamily(
        license: "creativeml-openrail-m",
        compliant: .fineTune(
            of: "runwayml/stable-diffusion-v1-5", named: "acme-diffusion-v1",
            license: Release.listed("creativeml-openrail-m"),
            licenseText: UpstreamTexts.text("creativeml-openrail-m")),
        violations: [
            .licenseDropped(
                "creativeml_openrail_m_license_copy", alsoFailing: ["creativeml_openrail_m_use_restrictions"]),
            .licenseClauseAltered("creativeml_openrail_m_license_text"),
            .modificationStatementRemoved("creativeml_openrail_m_modification_notice"),
            .cardLicenseRemoved("creativeml_openrail_m_declared_license"),
        ]
    )

    /// Its base is in no registry: the facts name it with its license (`model.upstream`), since a
    /// declared license is only a claim.
    private static let bigScience = LicenseFamily(
        license: "bigscience-openrail-m",
        compliant: .fineTune(
            of: "acme-research/open-base-1b", named: "acme-open-1b-chat",
            license: Release.listed("bigscience-openrail-m"),
            licenseText: UpstreamTexts.text("bigscience-openrail-m"),
            facts: ReleaseFacts(upstream: [("acme-research/open-base-1b", "bigscience-openrail-m")])),
        violations: [
            .licenseDropped(
                "bigscience_openrail_m_license_copy", alsoFailing: ["bigscience_openrail_m_use_restrictions"]),
            .licenseClauseAltered("bigscience_openrail_m_license_text"),
            .modificationStatementRemoved("bigscience_openrail_m_modification_notice"),
            .cardLicenseRemoved("bigscience_openrail_m_declared_license"),
        ]
    )
}
