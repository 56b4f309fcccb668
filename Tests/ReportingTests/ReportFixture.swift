import BundleModel
import Foundation
import PolicyEngine
import Reporting

/// A failing Llama 3.1 fine-tune, described directly rather than read from a bundle: every status
/// (fail, needs-review, pass, waived), evidence with and without lines, evidence outside the
/// bundle, and text that Markdown, XML and JSON must escape.
enum ReportFixture {
    /// The policies the fixture's findings come from (`Tests/Fixtures/policies`).
    static let policiesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/policies").path

    static let bundlePath = "releases/llama-3.1-acme-8b.tar.zst"
    static let factsSource = "\(bundlePath)!/clearance.yml"
    static let waiversFile = "waivers.yml"
    /// 2025-06-01 12:00 UTC.
    static let date = Date(timeIntervalSince1970: 1_748_779_200)

    static func input(failOn: FailThreshold = .error) throws -> ReportInput {
        let findings = self.findings
        var report = Report(
            tool: ToolInfo(version: "0.1.0"),
            subject: Subject(path: bundlePath, format: .tarZst, sha256: digest("bundle")),
            verdict: failOn.verdict(findings),
            licenses: [
                LicenseReference(id: "llama3.1", role: .upstream, evidence: [baseModelEvidence]),
                LicenseReference(
                    id: "llama3.1", role: .declared,
                    evidence: [Evidence(path: "README.md", excerpt: "license: llama3.1")]),
            ],
            artifacts: artifacts,
            findings: findings
        )
        // As the inspector groups the two shards: one copy of the weights.
        report.variants = [
            WeightVariant(
                name: "safetensors bf16", layout: .safetensors, folder: "", precision: "bf16", isQuantized: false,
                parameterCount: 8_030_261_248,
                files: ["model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"])
        ]
        var manifest = Manifest(subject: report.subject, artifacts: report.artifacts)
        manifest.variants = report.variants ?? []
        manifest.deriveRelease()
        let policies = try PolicySet.load(directory: policiesDirectory)
        report.openness = OpennessProfiler(policies: policies).profile(manifest, lineage: lineage, facts: facts)
        return ReportInput(
            report: report, policies: policies, lineage: lineage, facts: facts,
            failOn: failOn, date: date, waiversFile: waiversFile, card: manifest.card, relation: manifest.relation)
    }

    static let baseModelEvidence = Evidence(path: "README.md", excerpt: "base_model: meta-llama/Llama-3.1-8B-Instruct")

    static let lineage = Lineage(
        upstreams: [
            UpstreamLicense(
                id: "llama3.1", reach: .weights,
                chain: ["README.md base_model meta-llama/Llama-3.1-8B-Instruct → registry → llama3.1"],
                evidence: [baseModelEvidence], models: ["meta-llama/Llama-3.1-8B-Instruct"])
        ],
        declared: [
            DeclaredLicense(
                value: "llama3.1", id: "llama3.1", evidence: Evidence(path: "README.md", excerpt: "license: llama3.1"),
                source: .modelCard)
        ],
        baseModels: [
            BaseModelReference(
                reference: "meta-llama/Llama-3.1-8B-Instruct", reach: .weights, evidence: baseModelEvidence,
                source: "base_model", licenses: ["llama3.1"])
        ],
        modelNames: [
            ModelName(
                name: "Llama-3.1-Acme-8B", source: "model card model_name",
                evidence: Evidence(path: "README.md", excerpt: "Llama-3.1-Acme-8B"))
        ],
        isDerivative: true
    )

    static let facts = FactSheet(
        facts: Facts(
            distributor: .init(name: "Acme AI Ltd", domicile: "DE"),
            distribution: .init(commercial: true, hostedService: false)),
        source: factsSource
    )

    static var artifacts: [Artifact] {
        var card = ModelCardInfo()
        card.hasFrontMatter = true
        card.license = ["llama3.1"]
        card.baseModels = ["meta-llama/Llama-3.1-8B-Instruct"]
        card.baseModelRelation = "finetune"
        card.modelName = "Llama-3.1-Acme-8B"
        card.modelNameSource = .modelName
        card.title = "Llama-3.1-Acme-8B"
        card.pipelineTag = "text-generation"
        card.datasets = ["acme/support-tickets"]
        card.tags = ["llama", "customer-support"]
        var config = ArtifactMetadata()
        config.modelConfig = ModelConfigInfo(
            architectures: ["LlamaForCausalLM"], modelType: "llama", torchDtype: "bfloat16")
        var cardMetadata = ArtifactMetadata()
        cardMetadata.modelCard = card
        return [
            artifact("LICENSE", .license, .text, 122),
            artifact("README.md", .modelCard, .markdown, 1_873, metadata: cardMetadata),
            artifact("clearance.yml", .other, .yaml, 134),
            artifact("config.json", .config, .json, 861, metadata: config),
            artifact("docs/pipes | and *stars* & <tags>.md", .other, .markdown, 40),
            artifact(
                "model-00001-of-00002.safetensors", .weights, .safetensors, 4_976_698_672,
                metadata: weights(4_976_000_000)),
            artifact(
                "model-00002-of-00002.safetensors", .weights, .safetensors, 3_291_843_312,
                metadata: weights(3_054_261_248)),
            artifact("model.safetensors.index.json", .config, .json, 23_950),
            artifact("tokenizer_config.json", .tokenizer, .json, 55_351),
        ]
    }

    static var findings: [Finding] {
        let pack = "Llama 3.1 Community License"
        return [
            Finding(
                ruleId: "llama3_1_license_copy", license: "llama3.1", category: .licenseCopy, status: .fail,
                severity: .error,
                message: "LICENSE does not contain the Llama 3.1 Community License Agreement; it only links to it.",
                evidence: [
                    Evidence(
                        path: "LICENSE", line: 1,
                        excerpt: "See https://www.llama.com/llama3_1/license/ for the license.")
                ],
                remediation:
                    "Add the unmodified Llama 3.1 Community License Agreement to the release as LICENSE (https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE).",
                reference: "\(pack) §1.b.i(A)"),
            Finding(
                ruleId: "llama3_1_notice_line", license: "llama3.1", category: .notice, status: .fail, severity: .error,
                message:
                    "No Notice file carries the required line “Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.”",
                remediation:
                    "Add a NOTICE file containing exactly this line: “Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.”",
                reference: "\(pack) §1.b.iii"),
            Finding(
                ruleId: "llama3_1_built_with_display", license: "llama3.1", category: .attributionDisplay,
                status: .waived, severity: .error,
                message:
                    "“Built with Llama” is displayed nowhere in the release and no fact attests it is displayed elsewhere.",
                remediation:
                    "Display “Built with Llama” prominently in the model card or product documentation, and record where in the facts file (attestations.builtWithDisplayedAt).",
                reference: "\(pack) §1.b.i(B)",
                waiver: WaiverNote(
                    reason:
                        "Shown on the product page <https://acme.example/models/acme-8b>; ticket LEGAL-142 & \"Q3\" review",
                    approvedBy: "jane.doe@acme.example", expires: "2027-06-30")),
            Finding(
                ruleId: "llama3_1_model_name_prefix", license: "llama3.1", category: .naming, status: .pass,
                severity: .error,
                message: "The model's name “Llama-3.1-Acme-8B” begins with “Llama”.",
                evidence: [Evidence(path: "README.md", excerpt: "Llama-3.1-Acme-8B")],
                remediation: "Rename the model so that its name begins with “Llama”.", reference: "\(pack) §1.b.i"),
            Finding(
                ruleId: "llama3_1_mau_threshold", license: "llama3.1", category: .mauThreshold, status: .needsReview,
                severity: .error,
                message:
                    "Monthly active users are not declared; above 700,000,000 in June 2024 a separate license is required.",
                remediation:
                    "Request a license from Meta before distributing, or correct distributor.monthlyActiveUsers in the facts file.",
                reference: "\(pack) §2",
                question:
                    "Did Acme AI Ltd and its affiliates have more than 700,000,000 monthly active users in June 2024? Record distributor.monthlyActiveUsers in the facts file."
            ),
            Finding(
                ruleId: "llama3_1_acceptable_use", license: "llama3.1", category: .usePolicy, status: .fail,
                severity: .warning,
                message:
                    "README.md links the policy as `use-policy` | *not* the required URL <https://llama.com/x> & costs $5 [sic]",
                evidence: [
                    Evidence(path: "README.md", line: 20, excerpt: "See <use-policy> | **AUP**\u{1B}[0m\u{0B}end")
                ],
                remediation:
                    "Ship the Llama 3.1 Acceptable Use Policy (USE_POLICY.md) or link https://llama.meta.com/llama3_1/use-policy in the model card.",
                reference: "\(pack) §1.b.iv"),
            Finding(
                ruleId: "integrity_missing_weights", license: nil, category: .integrity, status: .pass,
                severity: .error,
                message: "No missing or placeholder weights found.", remediation: "Add the missing shards.",
                reference: "Bundle integrity"),
            Finding(
                ruleId: "security_pickle_code_execution", license: nil, category: .security, status: .pass,
                severity: .error,
                message: "No weights that execute code when loaded found.", remediation: "Remove the pickle.",
                reference: "Security"),
            Finding(
                ruleId: "metadata_license_text_recognised", license: nil, category: .licenseText, status: .needsReview,
                severity: .warning,
                message: "LICENSE is not a license text clearance recognises.",
                evidence: [Evidence(path: "LICENSE")],
                remediation: "Ship the upstream license text unmodified, and your own terms in a separate file.",
                reference: "License files",
                question: "What license is in this file, and does it preserve the upstream license's terms?"),
            Finding(
                ruleId: "waiver_unused", license: nil, category: .licenseMetadata, status: .fail, severity: .warning,
                message:
                    "The waiver for llama3_1_notice_line (path docs/**) approved by jane.doe@acme.example matches no failure.",
                evidence: [Evidence(path: waiversFile, excerpt: "waivers[1]: llama3_1_notice_line")],
                remediation: "Remove the waiver, or correct its ruleId, license or path.", reference: "Waivers file"),
        ]
    }

    private static func artifact(
        _ path: String, _ kind: ArtifactKind, _ format: ArtifactFormat, _ size: UInt64,
        metadata: ArtifactMetadata? = nil
    ) -> Artifact {
        var artifact = Artifact(path: path, kind: kind, format: format, size: size, mode: FileMode(0o644))
        artifact.sha256 = digest(path)
        artifact.metadata = metadata
        return artifact
    }

    private static func weights(_ parameters: UInt64) -> ArtifactMetadata {
        var metadata = ArtifactMetadata()
        metadata.safetensors = SafetensorsInfo(
            headerLength: 1_024, tensorCount: 145, dtypes: ["BF16": 145], parameterCount: parameters,
            metadata: ["format": "pt"], dataLength: parameters * 2)
        return metadata
    }

    /// A fixed, made-up 64-digit hex digest for a name.
    static func digest(_ name: String) -> String {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        var hex = ""
        while hex.count < 64 {
            for byte in name.utf8 { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            hex += String(state, radix: 16).leftPadded(16)
        }
        return String(hex.prefix(64))
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
