/// Qwen (Qwen2.5-72B), Qwen RESEARCH (Qwen2.5-3B) and Tongyi Qianwen (and its RESEARCH license)
/// fine-tunes. The RESEARCH agreements have no reference text: their releases ship the title and
/// date lines clearance recognises them by, and declare non-commercial distribution.
extension LicenseFamily {
    static let alibaba: [LicenseFamily] = [qwen, qwenResearch, tongyiQianwen, tongyiQianwenResearch]

    private static let nonCommercial = ReleaseFacts(commercial: false)

    private static let qwen = LicenseFamily(
        license: "qwen",
        compliant: .fineTune(
            of: "Qwen/Qwen2.5-72B-Instruct", named: "Qwen2.5-Acme-72B", license: Release.other("qwen"),
            licenseText: UpstreamTexts.text("qwen"), notices: [NoticeLines.line("qwen")],
            statements: ["Built with Qwen."]),
        violations: [
            .licenseDropped("qwen_license_copy"),
            .licenseClauseAltered("qwen_license_text"),
            .noticeDropped("qwen_notice_line"),
            .noticeReplaced("qwen_notice_line", by: NoticeLines.line("tongyi-qianwen"), as: "NOTICE of Tongyi Qianwen"),
            .modificationStatementRemoved("qwen_modification_notice"),
            .displayRemoved("qwen_built_with_display", statement: "Built with Qwen"),
            .monthlyActiveUsers("qwen_mau_threshold", 200_000_000),
            .cardLicenseRemoved("qwen_declared_license"),
        ]
    )

    private static let qwenResearch = LicenseFamily(
        license: "qwen-research",
        compliant: .fineTune(
            of: "Qwen/Qwen2.5-3B-Instruct", named: "Qwen2.5-Acme-3B", license: Release.other("qwen-research"),
            licenseText: titled(
                "Qwen RESEARCH LICENSE AGREEMENT",
                date: "Qwen RESEARCH LICENSE AGREEMENT Release Date: September 19, 2024"),
            notices: [NoticeLines.line("qwen-research")], statements: ["Built with Qwen."], facts: nonCommercial),
        violations: [
            .licenseDropped("qwen_research_license_copy"),
            .noticeDropped("qwen_research_notice_line"),
            .noticeReplaced(
                "qwen_research_notice_line", by: NoticeLines.line("qwen"), as: "NOTICE of the Qwen LICENSE"),
            .modificationStatementRemoved("qwen_research_modification_notice"),
            .displayRemoved("qwen_research_built_with_display", statement: "Built with Qwen"),
            .commercialUse("qwen_research_non_commercial"),
            .cardLicenseRemoved("qwen_research_declared_license"),
        ]
    )

    private static let tongyiQianwen = LicenseFamily(
        license: "tongyi-qianwen",
        compliant: .fineTune(
            of: "Qwen/Qwen1.5-7B-Chat", named: "Qwen1.5-Acme-7B", license: Release.other("tongyi-qianwen"),
            licenseText: UpstreamTexts.text("tongyi-qianwen"), notices: [NoticeLines.line("tongyi-qianwen")]),
        violations: [
            .licenseDropped("tongyi_qianwen_license_copy"),
            .licenseClauseAltered("tongyi_qianwen_license_text"),
            .noticeDropped("tongyi_qianwen_notice_line"),
            .modificationStatementRemoved("tongyi_qianwen_modification_notice"),
            .monthlyActiveUsers("tongyi_qianwen_mau_threshold", 200_000_000),
            .cardLicenseRemoved("tongyi_qianwen_declared_license"),
        ]
    )

    private static let tongyiQianwenResearch = LicenseFamily(
        license: "tongyi-qianwen-research",
        compliant: .fineTune(
            of: "Qwen/Qwen1.5-4B-Chat", named: "Qwen1.5-Acme-4B", license: Release.other("tongyi-qianwen-research"),
            licenseText: titled(
                "Tongyi Qianwen RESEARCH LICENSE AGREEMENT", date: "Tongyi Qianwen Release Date: November 30, 2023"),
            notices: [NoticeLines.line("tongyi-qianwen-research")], facts: nonCommercial),
        violations: [
            .licenseDropped("tongyi_qianwen_research_license_copy"),
            .noticeDropped("tongyi_qianwen_research_notice_line"),
            .modificationStatementRemoved("tongyi_qianwen_research_modification_notice"),
            .commercialUse("tongyi_qianwen_research_non_commercial"),
            .cardLicenseRemoved("tongyi_qianwen_research_declared_license"),
        ]
    )

    /// A license file clearance knows only by its title line (no fingerprint of the text exists):
    /// the title, the date line, and our own words standing in for the agreement's body.
    static func titled(_ title: String, date: String) -> String {
        "\(title)\n\n\(date)\n\nThe terms of the agreement follow here in the licensor's own words; this test release stands them in.\n"
    }
}
