/// The image-model licenses: FLUX.1 [dev], the Stability AI Community License with its revenue
/// threshold, the Stability AI Non-Commercial Research Community License, DeepFloyd IF, and the
/// Tencent Hunyuan Community License with its territory exclusion.
extension LicenseFamily {
    static let stability: [LicenseFamily] = [flux, stabilityCommunity, stabilityNonCommercial, deepFloyd, hunyuan]

    static let fluxNotice = [
        "The FLUX.1 [dev] Model is licensed by Black Forest Labs Inc. under the FLUX.1 [dev] Non-Commercial License. Copyright Black Forest Labs Inc.",
        "IN NO EVENT SHALL BLACK FOREST LABS INC. BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, "
            + "TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH USE OF THIS MODEL.",
        "Acme AI modified the FLUX.1 [dev] Model by training this LoRA on 400 watercolour paintings.",
    ]

    /// A FLUX.1 [dev] LoRA shared for free by a hobbyist.
    static let flux = LicenseFamily(
        license: "flux-1-dev-non-commercial-license",
        compliant: .fineTune(
            of: "black-forest-labs/FLUX.1-dev", named: "acme-flux-watercolor",
            license: Release.other("flux-1-dev-non-commercial-license", link: "LICENSE"),
            licenseText: UpstreamTexts.text("flux-1-dev-non-commercial-license"), notices: fluxNotice,
            facts: ReleaseFacts(commercial: false, trainedOnOutputsOf: [])),
        violations: [
            .licenseDropped("flux_1_dev_non_commercial_license_license_copy"),
            .licenseClauseAltered("flux_1_dev_non_commercial_license_license_text"),
            .noticeLineRemoved(
                ["flux_1_dev_non_commercial_license_attribution_notice"], containing: "IN NO EVENT",
                as: "the liability line of the Attribution Notice dropped"),
            .noticeLineRemoved(
                ["flux_1_dev_non_commercial_license_modification_statement"], containing: "Acme AI modified",
                as: "the Notice file does not say the model was modified"),
            .noticeFileDropped([
                "flux_1_dev_non_commercial_license_attribution_notice",
                "flux_1_dev_non_commercial_license_modification_statement",
            ]),
            .commercialUse("flux_1_dev_non_commercial_license_non_commercial"),
            .cardLicenseRemoved("flux_1_dev_non_commercial_license_declared_license"),
            .relabelled("flux_1_dev_non_commercial_license_declared_license", as: "apache-2.0"),
        ]
    )

    /// A commercial SD 3.5 fine-tune by a company under the USD 1,000,000 threshold.
    static let stabilityCommunity = LicenseFamily(
        license: "stabilityai-ai-community",
        compliant: .fineTune(
            of: "stabilityai/stable-diffusion-3.5-large", named: "acme-sd35-product",
            license: Release.other("stabilityai-ai-community"),
            licenseText: UpstreamTexts.text("stabilityai-ai-community"),
            notices: [
                NoticeLines.line("stabilityai-ai-community"), "Acme AI fine-tuned the model on 2,000 product photos.",
            ],
            statements: ["Powered by Stability AI."], facts: ReleaseFacts(annualRevenueUSD: 800_000)),
        violations: [
            .licenseDropped(
                "stabilityai_ai_community_license_copy", alsoFailing: ["stabilityai_ai_community_acceptable_use"]),
            .licenseClauseAltered("stabilityai_ai_community_license_text"),
            .noticeTruncated("stabilityai_ai_community_notice_line"),
            .noticeLineRemoved(
                ["stabilityai_ai_community_change_statement"], containing: "Acme AI fine-tuned",
                as: "the Notice file does not say what changed"),
            .displayRemoved("stabilityai_ai_community_powered_by", statement: "Powered by Stability AI"),
            .annualRevenue("stabilityai_ai_community_revenue_threshold", 25_000_000),
            .cardLicenseRemoved("stabilityai_ai_community_declared_license"),
        ]
    )

    /// An SDXL-Turbo fine-tune shared for download for research.
    static let stabilityNonCommercial = LicenseFamily(
        license: "sai-nc-community",
        compliant: .fineTune(
            of: "stabilityai/sdxl-turbo", named: "acme-sdxl-turbo-sketch",
            license: Release.other("sai-nc-community"), licenseText: UpstreamTexts.text("sai-nc-community"),
            notices: [NoticeLines.line("sai-nc-community"), "Acme AI fine-tuned the model on 5,000 pencil sketches."],
            facts: ReleaseFacts(commercial: false)),
        violations: [
            .licenseDropped("sai_nc_community_license_copy", alsoFailing: ["sai_nc_community_acceptable_use"]),
            .licenseClauseAltered("sai_nc_community_license_text"),
            .noticeTruncated("sai_nc_community_notice_line"),
            .noticeLineRemoved(
                ["sai_nc_community_change_statement"], containing: "Acme AI fine-tuned",
                as: "the Notice file does not say what changed"),
            .commercialUse("sai_nc_community_non_commercial"),
            .hostedService("sai_nc_community_no_hosted_service"),
            .cardLicenseRemoved("sai_nc_community_declared_license"),
        ]
    )

    static let deepFloyd = LicenseFamily(
        license: "deepfloyd-if-license",
        compliant: .fineTune(
            of: "DeepFloyd/IF-I-XL-v1.0", named: "acme-if-xl", license: Release.listed("deepfloyd-if-license"),
            licenseText: UpstreamTexts.text("deepfloyd-if-license"),
            notices: [NoticeLines.line("deepfloyd-if-license")],
            facts: ReleaseFacts(commercial: false)),
        violations: [
            .licenseDropped("deepfloyd_if_license_license_copy"),
            .licenseClauseAltered("deepfloyd_if_license_license_text"),
            .noticeDropped("deepfloyd_if_license_notice_line"),
            .commercialUse("deepfloyd_if_license_non_commercial"),
            .cardLicenseRemoved("deepfloyd_if_license_declared_license"),
        ]
    )

    /// A HunyuanVideo LoRA offered in the United States and Japan by a US company.
    static let hunyuan = LicenseFamily(
        license: "tencent-hunyuan-community",
        compliant: .fineTune(
            of: "tencent/HunyuanVideo", named: "acme-hunyuanvideo-style",
            license: Release.other("tencent-hunyuan-community"),
            licenseText: UpstreamTexts.text("tencent-hunyuan-community"),
            notices: [NoticeLines.line("tencent-hunyuan-community")],
            facts: ReleaseFacts(territories: ["US", "JP"])),
        violations: [
            .licenseDropped(
                "tencent_hunyuan_community_license_copy", alsoFailing: ["tencent_hunyuan_community_use_restrictions"]),
            .licenseClauseAltered("tencent_hunyuan_community_license_text"),
            .noticeDropped("tencent_hunyuan_community_notice_line"),
            .modificationStatementRemoved("tencent_hunyuan_community_modification_notice"),
            .offeredIn("tencent_hunyuan_community_territory", ["US", "DE"]),
            .offeredIn("tencent_hunyuan_community_territory", ["EU"]),
            .offeredIn("tencent_hunyuan_community_territory", ["GB"]),
            .domicile("tencent_hunyuan_community_territory", "KR"),
            .monthlyActiveUsers("tencent_hunyuan_community_mau_threshold", 150_000_000),
            .cardLicenseRemoved("tencent_hunyuan_community_declared_license"),
        ]
    )
}
