/// Llama 2, 3, 3.1, 3.2 (text and Vision), 3.3 and 4 fine-tunes.
extension LicenseFamily {
    static let llama: [LicenseFamily] = [
        llama(
            "llama2", rules: "llama2", base: "meta-llama/Llama-2-7b-chat-hf", name: "Llama-2-Acme-7B", display: nil,
            otherVersion: "llama3"),
        llama(
            "llama3", rules: "llama3", base: "meta-llama/Meta-Llama-3-8B-Instruct", name: "Llama 3 Acme 8B",
            display: "Built with Meta Llama 3", otherVersion: "llama3.1"),
        llama(
            "llama3.1", rules: "llama3_1", base: "meta-llama/Llama-3.1-8B-Instruct", name: "Llama-3.1-Acme-8B",
            display: "Built with Llama", otherVersion: "llama3"),
        llama(
            "llama3.2", rules: "llama3_2", base: "meta-llama/Llama-3.2-3B-Instruct", name: "Llama-3.2-Acme-3B",
            display: "Built with Llama", otherVersion: "llama3.1"),
        llama(
            "llama3.2", variant: "Vision", rules: "llama3_2", base: "meta-llama/Llama-3.2-11B-Vision-Instruct",
            name: "Llama-3.2-Acme-Vision-11B",
            display: "Built with Llama", otherVersion: "llama3.3", multimodal: true),
        llama(
            "llama3.3", rules: "llama3_3", base: "meta-llama/Llama-3.3-70B-Instruct", name: "Llama-3.3-Acme-70B",
            display: "Built with Llama", otherVersion: "llama3.2"),
        llama(
            "llama4", rules: "llama4", base: "meta-llama/Llama-4-Scout-17B-16E-Instruct", name: "Llama-4-Acme-Scout",
            display: "Built with Llama", otherVersion: "llama3.3", multimodal: true),
    ]

    /// Other ways to break the same obligations, tried on the most common bases only (every run
    /// of the binary costs a policy load).
    private static let moreWays: [String: [Violation]] = [
        "llama2": [.noticeDropped("llama2_notice_line"), .cardLicenseRemoved("llama2_declared_license")],
        "llama3": [
            .licenseOfOtherVersion(
                ["llama3_license_copy", "llama3_license_text", "metadata_declared_matches_text"],
                text: UpstreamTexts.text("llama3.1"), version: "llama3.1")
        ],
        "llama3.1": [
            .noticeDropped("llama3_1_notice_line"),
            .noticeTruncated("llama3_1_notice_line"),
            .licenseOfOtherVersion(
                ["llama3_1_license_copy", "llama3_1_license_text", "metadata_declared_matches_text"],
                text: UpstreamTexts.text("llama3"), version: "llama3"),
            .cardLicenseRemoved("llama3_1_declared_license"),
            .renamed("llama3_1_model_name_prefix", to: "Acme-Chat-8B"),
        ],
    ]

    /// A fine-tune that ships the agreement, the use policy and the Notice line, displays
    /// `display` (Llama 3 and later), is named with the mark and, for multimodal bases, is
    /// distributed from outside the EU.
    private static func llama(
        _ id: String, variant: String? = nil, rules prefix: String, base: String, name: String,
        display: String?, otherVersion: String, multimodal: Bool = false
    ) -> LicenseFamily {
        let config =
            multimodal
            ? #"{"architectures": ["MllamaForConditionalGeneration"], "vision_config": {"image_size": 560}}"# : nil
        let compliant = Release.fineTune(
            of: base, named: name, license: Release.listed(id), licenseText: UpstreamTexts.text(id),
            notices: [NoticeLines.line(id)], statements: display.map { ["\($0)."] } ?? [],
            otherFiles: ["USE_POLICY.md": UpstreamTexts.text(id, "USE_POLICY.md")], config: config
        )
        var violations: [Violation] = [
            .licenseDropped("\(prefix)_license_copy"),
            .licenseClauseAltered("\(prefix)_license_text"),
            .noticeReplaced(
                "\(prefix)_notice_line", by: NoticeLines.line(otherVersion), as: "NOTICE of \(otherVersion)"),
            .relabelled("\(prefix)_declared_license", as: "apache-2.0"),
            .monthlyActiveUsers("\(prefix)_mau_threshold", 900_000_000),
        ]
        if let display {
            violations.append(.displayRemoved("\(prefix)_built_with_display", statement: display))
            violations.append(.renamed("\(prefix)_model_name_prefix", to: "Meta-\(name.replacing(" ", with: "-"))"))
        }
        if multimodal {
            violations.append(.domicile("\(prefix)_eu_multimodal", "DE"))
        }
        violations += moreWays[id] ?? []
        return LicenseFamily(license: id, variant: variant, compliant: compliant, violations: violations)
    }
}
