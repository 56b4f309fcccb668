import BundleModel

/// The licence side of the EU AI Act's open-source exemption (Art. 53(2)): the binding licenses'
/// terms that the Commission's GPAI guidelines (C(2025) 5045, §§78–84) rule out — a user-scale
/// threshold, a non-commercial limit, a bar on distribution or modification, rights withheld by
/// territory, uses that need a separate licence — or that turn on proportionality. Always a
/// question: monetisation, systemic risk and who the provider is lie outside the bundle.
struct AIActAssessor {
    let licenses: ReleaseLicenses

    func assess() -> AIActExemption {
        let terms = licenses.disqualifying.compactMap { license, clause in
            clause.aiAct.map {
                AIActExemption.Term(license: license, section: clause.section, clause: clause.clause, condition: $0)
            }
        }
        let unassessed = licenses.verdicts.filter { licenses.binding.contains($0.id) && $0.osd == .unverified }.map(
            \.id)
        let undecided = licenses.releaseVerdict.undecided ?? []
        let side: AIActExemption.LicenseSide
        if terms.contains(where: \.condition.disqualifies) {
            side = .notMet
        } else if licenses.binding.isEmpty || !unassessed.isEmpty || !undecided.isEmpty {
            side = .unknown
        } else if !terms.isEmpty {
            side = .question
        } else {
            side = .met
        }
        return AIActExemption(
            licenseSide: side, terms: terms,
            question: question(side, terms: terms, unassessed: unassessed, undecided: undecided),
            factsNeeded: Message.factsNeeded)
    }

    private func question(
        _ side: AIActExemption.LicenseSide, terms: [AIActExemption.Term], unassessed: [String], undecided: [String]
    ) -> String {
        switch side {
        case .notMet:
            let term = terms.first { $0.condition.disqualifies }
            return Message.notMet(term)
        case .question:
            return Message.proportionate(terms)
        case .unknown:
            return unassessed.isEmpty && !undecided.isEmpty
                ? Message.undecided(undecided.map(licenses.citation).joinedAsList) : Message.unknown(unassessed)
        case .met:
            return Message.met(licenses.binding)
        }
    }
}

// MARK: - Messages

extension AIActAssessor {
    fileprivate enum Message {
        static let factsNeeded = [
            "whether the model is offered against a price or otherwise monetised, paid support or personal data "
                + "included (Recital 103)",
            "whether it is a general-purpose AI model with systemic risk, which no licence exempts (Art. 53(2))",
            "whether the distributor is its provider: a modification using more than a third of the original "
                + "training compute (guidelines §§60–68)",
            "whether the parameters, the architecture and the usage information are public (Art. 53(2))",
        ]

        static func notMet(_ term: AIActExemption.Term?) -> String {
            guard let term else { return "" }
            return """
                The licence side of Art. 53(2) is not met: \(term.license) \(term.section) — \(term.clause) — is \
                \(term.condition.phrase), a term the Commission's guidelines name as taking a licence out of the \
                exemption. Does the release rely on the open-source exemption anywhere? It should not; the copyright \
                policy and training-content summary of Art. 53(1)(c)–(d) apply in any case.
                """
        }

        static func proportionate(_ terms: [AIActExemption.Term]) -> String {
            let sections = terms.map { "\($0.license) \($0.section)" }.joinedAsList
            return """
                The licenses carry use restrictions (\(sections)); the exemption survives them only if they are \
                proportionate, safety-oriented and non-discriminatory (guidelines §84). Are they, and is the model \
                free of monetisation and systemic risk? Counsel decides; clearance does not say the Act is complied \
                with.
                """
        }

        static func unknown(_ ids: [String]) -> String {
            ids.isEmpty
                ? "No license binds the release, so the licence side of Art. 53(2) cannot be judged. "
                    + "Which licence is it released under?"
                : "clearance has no assessment of \(ids.joinedAsList). Does it allow access, use, modification and "
                    + "distribution without a user-scale, commercial or field restriction?"
        }

        static func undecided(_ citations: String) -> String {
            "The lineage leaves open whether the weights derive from a base under the \(citations), which would take "
                + "the licence out of Art. 53(2). Which base does the release derive from?"
        }

        static func met(_ ids: [String]) -> String {
            """
            The licenses (\(ids.joinedAsList)) allow access, use, modification and distribution with no user-scale \
            threshold, non-commercial limit or field ban, so the licence side of Art. 53(2) is met. The exemption also \
            needs the facts below; clearance does not say the Act is complied with.
            """
        }
    }
}
