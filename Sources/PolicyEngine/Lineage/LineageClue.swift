import BundleModel

/// One piece of evidence about what a release derives from, before resolution: where it was
/// found, what kind it is, and the base or bases it points at.
struct LineageClue {
    var basis: LineageLink.Basis
    var strength: LineageLink.Strength
    var reach: UpstreamLicense.Reach = .weights
    var evidence: Evidence
    /// The bases it points at: one when it is decisive, several when it cannot tell them apart
    /// (and then `ambiguity` says why).
    var options: [LineageOption]
    var ambiguity: String?
    /// The `config.json` whose shape must agree with the named base for the clue to bind
    /// (`_name_or_path` is written by whatever config a model was started from, trained or not).
    var checkedAgainst: String?
    /// The clue is a name the release goes by, which binds only when nothing stronger speaks.
    var fromName = false

    /// The licenses of every option.
    var licenseSets: Set<[String]> { Set(options.map { $0.licenses.sorted() }) }

    /// Whether every option carries the same licenses, so that binding does not depend on which it is.
    var agrees: Bool { licenseSets.count <= 1 }
}

/// A base a clue points at, with the licenses that bind it and how they were found.
struct LineageOption: Equatable {
    /// The repository or base as the clue names it (`meta-llama/Llama-3.1-8B`, `Llama 3.1 8B`).
    var model: String
    var licenses: [String]
    /// The table base it is, when known.
    var baseID: String?
    /// The registry entry (its first pattern and source) that gave the licenses, when it was the registry.
    var registryEntry: String?
}
