import BundleModel

/// Decides which licenses bind from the clues: declared lineage and strong evidence bind; explicit
/// stated lineage binds; a name binds when nothing stronger speaks; evidence that cannot tell
/// bases with different licenses apart, and weak evidence on its own, become questions.
struct LineageDecision {
    let clues: [LineageClue]

    /// A license bound by one link.
    struct Binding {
        var license: String
        var reach: UpstreamLicense.Reach
        var option: LineageOption
        var clue: LineageClue
    }

    func decide() -> (bindings: [Binding], questions: [LineageQuestion]) {
        var bindings: [Binding] = []
        var questions: [LineageQuestion] = []
        let strong = clues.filter { $0.strength == .strong }
        let (named, unnamed) = (strong.filter(\.fromName), strong.filter { !$0.fromName })
        for clue in unnamed where clue.agrees { bindings += bind(clue, clue.options) }
        let boundByEvidence = Set(bindings.map(\.license))
        if boundByEvidence.isEmpty {
            for clue in named where clue.agrees { bindings += bind(clue, clue.options) }
        }
        let bound = Set(bindings.map(\.license))
        // Evidence that fits several bases: explained when other evidence already binds one of
        // them, otherwise asked (a name alone does not settle it).
        for clue in unnamed where !clue.agrees {
            let explained = clue.options.filter {
                !$0.licenses.isEmpty && Set($0.licenses).isSubset(of: boundByEvidence)
            }
            if !explained.isEmpty {
                bindings += bind(clue, explained)
            } else {
                questions.append(question(clue, bound: bound))
            }
        }
        if bound.isEmpty {
            for clue in named where !clue.agrees { questions.append(question(clue, bound: bound)) }
            for clue in clues
            where clue.strength == .weak
                && !questions.contains(where: { Set($0.candidates.map { $0.licenses.sorted() }) == clue.licenseSets })
            {
                questions.append(question(clue, bound: bound))
            }
        }
        return (bindings, questions)
    }

    private func bind(_ clue: LineageClue, _ options: [LineageOption]) -> [Binding] {
        options.flatMap { option in
            option.licenses.map { Binding(license: $0, reach: clue.reach, option: option, clue: clue) }
        }
    }

    private func question(_ clue: LineageClue, bound _: Set<String>) -> LineageQuestion {
        let candidates = clue.options.map { option in
            LineageCandidate(
                model: option.model, licenses: option.licenses,
                link: LineageLink(
                    model: option.model, basis: clue.basis, strength: clue.strength, evidence: [clue.evidence]))
        }
        return LineageQuestion(
            reason: clue.ambiguity ?? "\(clue.evidence.path) is weak evidence", candidates: candidates)
    }
}
