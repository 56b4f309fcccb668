import BundleModel

/// Fills the Radboud index's cells that the bundle and the facts can decide — license, source
/// code, the fine-tuned (or, for a base model, the base) weights and data, architecture, preprint,
/// paper, model card, datasheet and package — and leaves the others unknown, never closed for
/// want of evidence. A derivative's base-model cells belong to the base model's own assessment.
struct RadboudAssessor {
    let mof: MOFProfile
    let licenses: ReleaseLicenses
    let isDerivative: Bool
    let card: ReleaseCard?
    let sections: CardSections
    let facts: OpennessFacts?

    func assess() -> RadboudProfile {
        RadboudProfile(cells: RadboudDimension.allCases.map(cell))
    }

    private func cell(_ dimension: RadboudDimension) -> RadboudCell {
        switch dimension {
        case .license: license
        case .opencode: sourceCode
        case .llmweights: isDerivative ? baseCell(dimension) : weights(dimension)
        case .rlweights: isDerivative ? weights(dimension) : notTuned(dimension)
        case .llmdata: isDerivative ? baseCell(dimension) : data(dimension)
        case .rldata: isDerivative ? data(dimension) : notTuned(dimension)
        case .architecture: architecture
        case .preprint: preprint
        case .paper: paper
        case .modelcard: modelCard
        case .datasheet: datasheet
        case .package: package
        case .code: RadboudCell(dimension: .code, level: .unknown, note: Message.codeDocs)
        case .api: RadboudCell(dimension: .api, level: .unknown, note: Message.api)
        }
    }

    /// Open when every part (the weights, the code) is under OSI-approved licenses, closed when no
    /// part is open, partial otherwise; an open content license counts half.
    private var license: RadboudCell {
        var parts: [(name: String, ids: [String])] = [("weights", licenses.binding)]
        let code = mof.components.filter { entry in
            entry.component.contentType == .code && entry.component != .modelArchitecture
                && [.included, .declared].contains(entry.status)
        }
        .flatMap { $0.license?.ids ?? [] }.uniqued
        if !code.isEmpty { parts.append(("code", code)) }
        guard !licenses.binding.isEmpty else {
            return RadboudCell(
                dimension: .license, level: .unknown, note: Message.noLicense, decidedBy: "the model card's license")
        }
        let scores = parts.map { part -> Double? in
            let verdicts = part.ids.map(licenses.verdict)
            if verdicts.contains(where: { !$0.osd.isOpen && $0.osd != .unverified }) { return 0 }
            if verdicts.contains(where: { $0.osd == .unverified }) { return nil }
            return verdicts.allSatisfy(\.osiApproved) ? 1 : 0.5
        }
        let described = parts.map { "\($0.name): \($0.ids.joinedAsList)" }.joined(separator: "; ")
        let level: RadboudLevel
        if scores.contains(where: { $0 == nil }) && !scores.contains(0) {
            level = .unknown
        } else if scores.allSatisfy({ $0 == 1 }) {
            level = .open
        } else if scores.allSatisfy({ $0 == 0 || $0 == nil }) {
            level = .closed
        } else {
            level = .partial
        }
        return RadboudCell(
            dimension: .license, level: level, note: Message.license(level, described),
            evidence: licenses.binding.flatMap { licenses.evidence[$0] ?? [] })
    }

    private var sourceCode: RadboudCell {
        let code: [MOFComponent] = [.trainingCode, .inferenceCode, .evaluationCode, .dataPreprocessingCode]
        let present = code.compactMap(mof.entry).filter { [.included, .declared].contains($0.status) }
        let evidence = present.flatMap { $0.evidence.prefix(2) }
        if present.contains(where: { $0.component == .trainingCode }), present.count >= 2 {
            return RadboudCell(dimension: .opencode, level: .open, note: Message.code(present), evidence: evidence)
        }
        if !present.isEmpty {
            return RadboudCell(
                dimension: .opencode, level: .partial, note: Message.code(present), evidence: evidence,
                decidedBy: "openness.trainingCode")
        }
        if code.allSatisfy({ mof.entry($0)?.status == .missing }) {
            return RadboudCell(dimension: .opencode, level: .closed, note: Message.noCode)
        }
        return RadboudCell(
            dimension: .opencode, level: .unknown, note: Message.codeUnknown, decidedBy: "openness.trainingCode")
    }

    private func weights(_ dimension: RadboudDimension) -> RadboudCell {
        guard let entry = mof.entry(.finalParameters) else {
            return RadboudCell(dimension: dimension, level: .unknown, note: "")
        }
        switch entry.status {
        case .included, .declared:
            let procedure = [MOFComponent.trainingCode, .technicalReport, .researchPaper]
                .compactMap(mof.entry).filter { [.included, .declared].contains($0.status) }
            if procedure.isEmpty && !sections.covers(.training) {
                return RadboudCell(
                    dimension: dimension, level: .partial, note: Message.weightsOnly,
                    evidence: Array(entry.evidence.prefix(3)), decidedBy: "openness.trainingCode")
            }
            return RadboudCell(
                dimension: dimension, level: .open, note: Message.weightsAndProcedure,
                evidence: Array(entry.evidence.prefix(3)) + sections.evidence([.training]))
        case .missing:
            return RadboudCell(
                dimension: dimension, level: .unknown, note: Message.noWeights,
                decidedBy: "openness.finalParameters")
        case .unknown:
            return RadboudCell(
                dimension: dimension, level: .unknown, note: Message.noWeights,
                decidedBy: "openness.finalParameters")
        }
    }

    private func data(_ dimension: RadboudDimension) -> RadboudCell {
        guard let entry = mof.entry(.trainingData) else {
            return RadboudCell(dimension: dimension, level: .unknown, note: "")
        }
        switch entry.status {
        case .included, .declared:
            let open = entry.counts
            return RadboudCell(
                dimension: dimension, level: open ? .open : .partial,
                note: open ? Message.dataOpen : Message.dataNamed(entry.license?.note),
                evidence: entry.evidence, decidedBy: open ? nil : "openness.trainingData")
        case .missing:
            return RadboudCell(
                dimension: dimension, level: .closed, note: Message.dataUnpublished, evidence: entry.evidence)
        case .unknown:
            return RadboudCell(
                dimension: dimension, level: .unknown, note: Message.dataUnknown, decidedBy: "openness.trainingData")
        }
    }

    private func baseCell(_ dimension: RadboudDimension) -> RadboudCell {
        RadboudCell(dimension: dimension, level: .unknown, note: Message.baseModel)
    }

    private func notTuned(_ dimension: RadboudDimension) -> RadboudCell {
        RadboudCell(dimension: dimension, level: .unknown, note: Message.notTuned)
    }

    private var architecture: RadboudCell {
        let config = mof.entry(.modelArchitecture).flatMap { $0.status == .included ? $0 : nil }
        let documented = sections.covers(.architecture)
        let evidence = (config?.evidence.prefix(1).map { $0 } ?? []) + sections.evidence([.architecture, .training])
        if documented && sections.covers(.training) {
            return RadboudCell(
                dimension: .architecture, level: .open, note: Message.architectureDocumented, evidence: evidence)
        }
        if documented || config != nil {
            return RadboudCell(
                dimension: .architecture, level: .partial, note: Message.architecturePartly, evidence: evidence)
        }
        return RadboudCell(
            dimension: .architecture, level: .unknown, note: Message.architectureUnknown,
            decidedBy: "openness.technicalReport")
    }

    private var preprint: RadboudCell {
        let papers = [MOFComponent.technicalReport, .researchPaper].compactMap(mof.entry)
        if let declared = papers.first(where: { $0.status == .declared }) {
            return RadboudCell(
                dimension: .preprint, level: .open, note: Message.preprintDeclared, evidence: declared.evidence)
        }
        if let linked = papers.first(where: { $0.status == .included }) {
            return RadboudCell(
                dimension: .preprint, level: .partial, note: Message.preprintLinked, evidence: linked.evidence,
                decidedBy: "openness.researchPaper")
        }
        if papers.allSatisfy({ $0.status == .missing }) {
            return RadboudCell(dimension: .preprint, level: .closed, note: Message.noPaper)
        }
        return RadboudCell(
            dimension: .preprint, level: .unknown, note: Message.paperUnknown, decidedBy: "openness.researchPaper")
    }

    private var paper: RadboudCell {
        guard let declared = facts?.components[.researchPaper], let reviewed = declared.peerReviewed else {
            return RadboudCell(
                dimension: .paper, level: .unknown, note: Message.peerReviewUnknown,
                decidedBy: "openness.researchPaper.peerReviewed")
        }
        let evidence = [
            Evidence(path: "facts", excerpt: "openness.researchPaper: \(declared.url), peerReviewed: \(reviewed)")
        ]
        return RadboudCell(
            dimension: .paper, level: reviewed ? .open : .closed,
            note: reviewed ? Message.peerReviewed : Message.notPeerReviewed, evidence: evidence)
    }

    private var modelCard: RadboudCell {
        guard card != nil else { return RadboudCell(dimension: .modelcard, level: .closed, note: Message.noCard) }
        let topics: [CardSections.Topic] = [.architecture, .training, .evaluation, .limitations, .intendedUse]
        var covered = topics.filter(sections.covers)
        var evidence = sections.evidence(topics)
        if !covered.contains(.evaluation), let results = mof.entry(.evaluationResults), results.status == .included {
            covered.append(.evaluation)
            evidence += results.evidence.prefix(1)
        }
        let level: RadboudLevel = covered.count >= 4 ? .open : (covered.isEmpty ? .closed : .partial)
        return RadboudCell(
            dimension: .modelcard, level: level, note: Message.card(covered.map(\.rawValue), of: topics.count),
            evidence: evidence)
    }

    private var datasheet: RadboudCell {
        guard let entry = mof.entry(.dataCard) else {
            return RadboudCell(dimension: .datasheet, level: .unknown, note: "")
        }
        switch entry.status {
        case .declared:
            return RadboudCell(
                dimension: .datasheet, level: .open, note: Message.datasheetDeclared, evidence: entry.evidence)
        case .included:
            return RadboudCell(
                dimension: .datasheet, level: .open, note: Message.datasheetShipped, evidence: entry.evidence)
        case .missing:
            return RadboudCell(
                dimension: .datasheet, level: .closed, note: Message.datasheetUnpublished, evidence: entry.evidence)
        case .unknown:
            if sections.covers(.trainingData) || !(card?.info.datasets.isEmpty ?? true) {
                return RadboudCell(
                    dimension: .datasheet, level: .partial, note: Message.datasheetInCard,
                    evidence: sections.evidence([.trainingData, .dataSources, .dataProcessing]),
                    decidedBy: "openness.dataCard")
            }
            return RadboudCell(
                dimension: .datasheet, level: .unknown, note: Message.datasheetUnknown, decidedBy: "openness.dataCard")
        }
    }

    private var package: RadboudCell {
        guard let package = facts?.package else {
            return RadboudCell(
                dimension: .package, level: .unknown, note: Message.packageUnknown, decidedBy: "openness.package")
        }
        return RadboudCell(
            dimension: .package, level: .open, note: Message.package,
            evidence: [Evidence(path: "facts", excerpt: "openness.package.url: \(package.url)")])
    }
}

// MARK: - Messages

extension RadboudAssessor {
    fileprivate enum Message {
        static var noLicense: String { "no license is declared or binds the weights" }

        static func license(_ level: RadboudLevel, _ parts: String) -> String {
            switch level {
            case .open: "fully covered by OSI-approved licenses (\(parts))"
            case .partial: "only parts covered by open licenses (\(parts))"
            case .closed: "not under an OSI-approved license (\(parts))"
            case .unknown: "clearance has no assessment of a license here (\(parts))"
            }
        }

        static func code(_ present: [MOFComponentEntry]) -> String {
            present.map { "\($0.name.lowercased()) \($0.status == .included ? "ships" : "is published")" }.joined(
                separator: ", ")
        }

        static var noCode: String {
            "the facts say no training, inference, evaluation or preprocessing code is published"
        }
        static var codeUnknown: String { "no code in the bundle, and none declared" }
        static var weightsOnly: String { "the weights ship, but nothing shows how they were trained" }
        static var weightsAndProcedure: String {
            "the weights ship, with their training procedure documented or published"
        }
        static var noWeights: String { "the bundle holds no weights" }
        static var dataOpen: String { "the training data is published under an open license" }

        static func dataNamed(_ note: String?) -> String {
            "the training data is named, but not shown to be open for inspection" + (note.map { " (\($0))" } ?? "")
        }

        static var dataUnpublished: String { "the facts say the training data is not published" }
        static var dataUnknown: String { "the bundle neither ships nor names its training data" }
        static var baseModel: String { "belongs to the base model's own assessment" }
        static var notTuned: String { "the release is not a fine-tune of another model" }
        static var architectureDocumented: String { "the card documents the architecture and the training setup" }
        static var architecturePartly: String {
            "the architecture is given (config or card), the training setup not fully"
        }
        static var architectureUnknown: String { "the bundle does not document the architecture" }
        static var preprintDeclared: String { "a report or paper on this model is published, as the facts declare" }
        static var preprintLinked: String {
            "the card links a paper; whether it covers this model and its tuning is a judgement"
        }
        static var noPaper: String { "the facts say no report or paper is published" }
        static var paperUnknown: String { "no report or paper is linked or declared" }
        static var peerReviewUnknown: String { "whether a peer-reviewed paper covers the model is not declared" }
        static var peerReviewed: String { "a peer-reviewed paper covers the model, as the facts declare" }
        static var notPeerReviewed: String { "the facts say the paper is not peer reviewed" }
        static var noCard: String { "the release has no model card" }

        static func card(_ covered: [String], of total: Int) -> String {
            covered.isEmpty
                ? "the card has none of the sections a comprehensive card has"
                : "the card covers \(covered.joinedAsList) (\(covered.count) of \(total) topics)"
        }

        static var datasheetDeclared: String { "a data card is published, as the facts declare" }
        static var datasheetShipped: String { "a data card ships with the release" }
        static var datasheetUnpublished: String { "the facts say no data card is published" }
        static var datasheetInCard: String {
            "the model card describes or names the training data; there is no datasheet"
        }
        static var datasheetUnknown: String { "no datasheet in the bundle, and none declared" }
        static var packageUnknown: String { "whether a versioned package is published is not declared" }
        static var package: String { "a versioned package is published, as the facts declare" }
        static var codeDocs: String { "how well the code is documented is a judgement clearance does not make" }
        static var api: String { "whether an API is offered cannot be seen from the bundle" }
    }
}
