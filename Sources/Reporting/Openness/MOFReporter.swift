import BundleModel
import Foundation
import PolicyEngine

/// The openness profile as a Model Openness Framework YAML file (`--format mof`), in the schema
/// of the Model Openness Tool's `models/*.yml` (lfai/model_openness_tool, `schema/mof_schema.json`),
/// ready to submit. Components that are included or declared are listed with their licenses; the
/// ones that are missing or unknown are named in comments, since the MOT has no "unknown".
public struct MOFReporter: Reporter {
    public init() {}

    /// The MOF version and date the export claims, as the MOT's own files do.
    static let frameworkVersion = "1.0"
    static let frameworkDate = "2024-12-15"

    public func render(_ input: ReportInput) throws -> String {
        guard let profile = input.report.openness else { return "# no openness profile was computed\n" }
        let release = ReleaseProfile(input)
        var lines = [
            "# Model Openness Framework profile of \(release.name), written by clearance \(input.report.tool.version).",
            "# Review before submitting to the Model Openness Tool: \(profile.mof.label) as computed.",
            "framework:", "  name: 'Model Openness Framework'", "  version: '\(Self.frameworkVersion)'",
            "  date: '\(Self.frameworkDate)'", "release:",
        ]
        lines.append("  name: \(YAMLScalar.quoted(release.name))")
        lines.append("  version: ''")
        lines.append("  date: '\(Self.day(input.date))'")
        lines.append("  type: \(YAMLScalar.quoted(Self.type(release.task)))")
        lines.append("  architecture: \(YAMLScalar.quoted(Self.architecture(release.architecture, input: input)))")
        if let treatment = Self.treatment(release.name) { lines.append("  treatment: \(YAMLScalar.quoted(treatment))") }
        lines.append("  origin: \(YAMLScalar.quoted(release.parents.first?.reference ?? ""))")
        lines.append("  producer: \(YAMLScalar.quoted(input.facts.facts.distributor?.name ?? ""))")
        lines.append("  contact: ''")
        lines += licenseBlock(input, profile: profile)
        lines += componentLines(profile.mof, input: input)
        return lines.joined(separator: "\n") + "\n"
    }

    private func licenseBlock(_ input: ReportInput, profile: OpennessProfile) -> [String] {
        let declared = profile.licenses.filter { $0.roles.contains(.declared) }.map(\.id)
        let rootText = input.lineage.detected.first { $0.document == .agreement && !$0.evidence.path.contains("/") }
        let distribution = declared.first ?? rootText?.id
        var lines = [
            "  license:", "    distribution:",
            "      name: \(distribution.map { YAMLScalar.quoted(name(of: $0, input)) } ?? "null")",
            "      path: \(rootText.map { YAMLScalar.quoted($0.evidence.path) } ?? "null")",
        ]
        let byType = input.facts.facts.openness?.licenseByType
        for type in MOFContentType.allCases {
            lines += [
                "    \(type.rawValue):",
                "      name: \(byType?[type].map { YAMLScalar.quoted(name(of: $0, input)) } ?? "null")",
                "      path: null",
            ]
        }
        return lines
    }

    private func componentLines(_ mof: MOFProfile, input: ReportInput) -> [String] {
        let listed = mof.components.filter { [.included, .declared].contains($0.status) }
        var lines = ["  components:" + (listed.isEmpty ? " []" : "")]
        for entry in listed {
            lines.append("    -")
            lines.append("      name: \(YAMLScalar.quoted(entry.name))")
            lines.append("      description: \(YAMLScalar.quoted(entry.component.motDescription))")
            if let license = entry.license {
                switch license.judgement {
                case .unlicensed:
                    lines.append("      license: unlicensed")
                case .unknown where license.ids.isEmpty:
                    lines.append("      # license unknown (\(license.note)): set it before submitting")
                default:
                    if let id = Self.representative(license, input: input) {
                        lines.append("      license: \(YAMLScalar.quoted(name(of: id, input)))")
                    }
                }
            }
            if let path = entry.paths.first ?? entry.url {
                lines.append("      component_path: \(YAMLScalar.quoted(path))")
            }
        }
        for status in [MOFStatus.missing, .unknown] {
            let names = mof.components.filter { $0.status == status }.map(\.name)
            guard !names.isEmpty else { continue }
            lines.append("  # \(status.rawValue): \(names.joined(separator: ", "))")
        }
        return lines
    }

    /// The license the MOT should judge: the most restrictive one, when an upstream binds the parameters.
    private static func representative(_ license: ComponentLicense, input: ReportInput) -> String? {
        let verdicts = input.report.openness?.licenses ?? []
        return license.ids.first { id in verdicts.first { $0.id == id }.map { !$0.osd.isOpen } ?? false }
            ?? license.ids.first
    }

    /// The SPDX id where the license has one (the MOT's list is SPDX), else its full name.
    private func name(of id: String, _ input: ReportInput) -> String {
        guard let pack = input.policies.pack(named: id) else { return id }
        return pack.license.spdx ?? pack.license.name
    }

    private static func day(_ date: Date) -> String {
        String(ReportDate.minutes(date).prefix(10))
    }

    /// The MOT's model type for a Hub `pipeline_tag`.
    static func type(_ task: String?) -> String {
        guard let task else { return "" }
        if task.hasPrefix("text")
            || [
                "conversational", "fill-mask", "translation", "summarization",
                "question-answering", "token-classification", "sentence-similarity",
            ].contains(task)
        {
            return "language"
        }
        if task.hasPrefix("image") || task.hasPrefix("text-to-image") { return "image" }
        if task.contains("video") { return "video" }
        if task.contains("audio") || task.contains("speech") { return "audio" }
        if task.contains("3d") { return "3d" }
        if task.hasPrefix("object") || task.contains("depth") || task.contains("segmentation") { return "vision" }
        if task.contains("multimodal") || task.hasPrefix("visual") || task.hasPrefix("any-to-any") {
            return "multimodal"
        }
        return "other"
    }

    /// The MOT's architecture for a Transformers class (`LlamaForCausalLM` → `transformer decoder`).
    static func architecture(_ name: String?, input: ReportInput) -> String {
        if input.report.artifacts.contains(where: { $0.path.hasSuffix("model_index.json") }) { return "diffusion" }
        guard let name else { return "" }
        if name.hasSuffix("ForCausalLM") { return "transformer decoder" }
        if name.hasSuffix("ForConditionalGeneration") || name.hasSuffix("ForSeq2SeqLM") {
            return "transformer encoder-decoder"
        }
        if name.hasSuffix("ForMaskedLM") || name.hasSuffix("Model") { return "transformer encoder" }
        return "transformer"
    }

    /// `chat fine-tuned`, `instruct fine-tuned` from the model's name; nil when it does not say.
    static func treatment(_ name: String) -> String? {
        let lower = name.lowercased()
        if lower.contains("chat") { return "chat fine-tuned" }
        if lower.contains("instruct") || lower.contains("-it") { return "instruct fine-tuned" }
        return nil
    }
}

/// YAML scalars written so that any string reads back as itself.
enum YAMLScalar {
    /// A single-quoted scalar (`'it''s'`), on one line.
    static func quoted(_ text: String) -> String {
        let flat = text.map { $0.isNewline ? " " : String($0) }.joined()
        return "'" + flat.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
