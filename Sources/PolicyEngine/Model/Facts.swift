import BundleModel

/// What a bundle cannot prove by itself, declared by the distributor (docs/facts.md).
/// Every key is optional: an obligation whose fact is missing becomes `needs-review`.
public struct Facts: Codable, Sendable, Equatable {
    public var distributor: Distributor?
    public var distribution: Distribution?
    public var model: Model?
    public var attestations: Attestations?
    /// Release components published outside the bundle, for the openness profile.
    public var openness: OpennessFacts?
    /// A reviewer's answers to the questions a check leaves open.
    public var answers: [Answer]?

    public init(
        distributor: Distributor? = nil, distribution: Distribution? = nil, model: Model? = nil,
        attestations: Attestations? = nil, answers: [Answer]? = nil,
        openness: OpennessFacts? = nil
    ) {
        self.distributor = distributor
        self.distribution = distribution
        self.model = model
        self.attestations = attestations
        self.answers = answers
        self.openness = openness
    }

    /// Who distributes the release.
    public struct Distributor: Codable, Sendable, Equatable {
        public var name: String?
        /// Monthly active users of the distributor and its affiliates, for the month the license names.
        public var monthlyActiveUsers: Int64?
        /// ISO 3166-1 alpha-2 country code.
        public var domicile: String?
        /// Annual revenue of the distributor and its affiliates in US dollars, last fiscal year.
        public var annualRevenueUSD: Int64?

        public init(
            name: String? = nil, monthlyActiveUsers: Int64? = nil, domicile: String? = nil,
            annualRevenueUSD: Int64? = nil
        ) {
            self.name = name
            self.monthlyActiveUsers = monthlyActiveUsers
            self.domicile = domicile
            self.annualRevenueUSD = annualRevenueUSD
        }
    }

    /// How the release is distributed.
    public struct Distribution: Codable, Sendable, Equatable {
        /// Distributed or used for commercial purposes.
        public var commercial: Bool?
        /// Offered as a hosted API or managed service.
        public var hostedService: Bool?
        /// Where the release is offered: ISO 3166-1 alpha-2 codes, or `EU` for every member state.
        public var territories: [String]?

        public init(commercial: Bool? = nil, hostedService: Bool? = nil, territories: [String]? = nil) {
            self.commercial = commercial
            self.hostedService = hostedService
            self.territories = territories
        }
    }

    /// Facts about the model itself.
    public struct Model: Codable, Sendable, Equatable {
        /// Overrides the name found in the model card or GGUF.
        public var name: String?
        /// Models whose outputs (synthetic data, distillation) trained this one.
        public var trainedOnOutputsOf: [String]?
        /// Bases the built-in registry cannot know (private, internal, new), each with its license:
        /// they bind like a registry entry.
        public var upstream: [Upstream]?

        public init(name: String? = nil, trainedOnOutputsOf: [String]? = nil, upstream: [Upstream]? = nil) {
            self.name = name
            self.trainedOnOutputsOf = trainedOnOutputsOf
            self.upstream = upstream
        }
    }

    /// A base the release derives from, and the license its weights are under.
    public struct Upstream: Codable, Sendable, Equatable, CustomStringConvertible {
        /// `org/name`, as the release's files would name it.
        public var model: String
        /// A license id (`cc-by-sa-4.0`); one clearance has no pack for binds without rules.
        public var license: String

        public init(model: String, license: String) {
            self.model = model
            self.license = license
        }

        /// `acme/wiki-lm-7b (cc-by-sa-4.0)`.
        public var description: String { "\(model) (\(license))" }
    }

    /// Statements the distributor makes about things outside the bundle.
    public struct Attestations: Codable, Sendable, Equatable {
        /// Where a "Built with …" statement is displayed.
        public var builtWithDisplayedAt: String?

        public init(builtWithDisplayedAt: String? = nil) {
            self.builtWithDisplayedAt = builtWithDisplayedAt
        }
    }
}

/// Facts together with where they came from, for evidence.
public struct FactSheet: Sendable, Equatable {
    public var facts: Facts
    /// The file they were read from (`--facts`, or `clearance.yml` at the bundle root), if any.
    public var source: String?

    public init(facts: Facts = Facts(), source: String? = nil) {
        self.facts = facts
        self.source = source
    }

    /// Evidence pointing at a fact.
    public func evidence(_ key: String, value: String) -> Evidence {
        Evidence(path: source ?? "facts", excerpt: "\(key): \(value)")
    }
}

/// The fact keys checks may name.
enum FactPath {
    static let numeric: Set<String> = ["distributor.monthlyActiveUsers", "distributor.annualRevenueUSD"]
    static let flags: Set<String> = ["distribution.commercial", "distribution.hostedService"]
}
