import Testing

@testable import PolicyEngine

/// The facts that decide revenue thresholds and territory exclusions are typed and checked like
/// the others: each bad value is one sentence naming the file, the line and the key.
@Suite struct TerritoryAndRevenueFactsTests {
    private func message(_ yaml: String) -> String? {
        let error = #expect(throws: PolicyError.self) { try FactsLoader.parse(yaml, source: "facts.yml") }
        return error?.description
    }

    @Test func revenueAndTerritoriesParse() throws {
        let sheet = try FactsLoader.parse(
            """
            distributor:
              annualRevenueUSD: 800000
              domicile: us
            distribution:
              territories: [us, EU, kr]
            """, source: "facts.yml")
        #expect(sheet.facts.distributor?.annualRevenueUSD == 800_000)
        #expect(sheet.facts.distribution?.territories == ["US", "EU", "KR"])
        #expect(sheet.facts.distributor?.domicile == "US")
    }

    @Test func revenueIsAWholeNumberOfDollars() {
        #expect(
            message("distributor:\n  annualRevenueUSD: 1.2M\n")
                == "facts.yml:2: distributor.annualRevenueUSD must be a whole number such as 2500000 "
                + "(digits only, no units or suffixes), not “1.2M”")
        #expect(
            message("distributor:\n  annualRevenueUSD: -5\n")
                == "facts.yml:2: distributor.annualRevenueUSD cannot be negative")
    }

    @Test func territoriesAreAList() {
        #expect(
            message("distribution:\n  territories: US\n")
                == "facts.yml:2: distribution.territories must be a list (one “- item” per line), not “US”")
    }

    @Test func aTerritoryThatIsNoCodeNamesItsEntry() {
        #expect(
            message("distribution:\n  territories:\n    - US\n    - Europe\n")
                == "facts.yml:4: distribution.territories[1] must be an ISO 3166-1 alpha-2 code such as DE or US, "
                + "or EU for every member state, not 'EUROPE'")
    }

    @Test func theUnitedKingdomIsGB() {
        #expect(
            message("distribution:\n  territories: [US, UK]\n")
                == "facts.yml:2: distribution.territories[1] must be an ISO 3166-1 alpha-2 code such as DE or US, "
                + "or EU for every member state; 'UK' is not one, GB is")
        #expect(
            message("distributor:\n  domicile: uk\n")
                == "facts.yml:2: distributor.domicile must be an ISO 3166-1 alpha-2 code such as DE or US; 'UK' is not one, GB is"
        )
    }

    @Test func factsInsideAProjectConfigurationNameTheirPlace() throws {
        let error = #expect(throws: PolicyError.self) {
            try ProjectConfigLoader.parse("facts:\n  distribution:\n    territories: [XYZ]\n", source: ".clearance.yml")
        }
        #expect(
            error?.description.contains("facts.distribution.territories[0] must be an ISO 3166-1 alpha-2 code") == true,
            "\(String(describing: error))")
    }

    @Test(arguments: [
        ("kind: territory-exclusion\nexcluded: []\n", "territory-exclusion needs 'excluded'"),
        ("kind: territory-exclusion\nexcluded: [EU, UK]\n", "territory-exclusion: 'UK' is not"),
        (
            "kind: territory-exclusion\nexcluded: [EU]\nvariants: [{text: '', excluded: []}]\n",
            "territory-exclusion: every variant"
        ),
        (
            "kind: fact-threshold\nfact: distributor.annualRevenue\nthreshold: 5\n",
            "fact-threshold needs a numeric 'fact'"
        ),
    ])
    func unusableParametersAreAProblem(yaml: String, problem: String) throws {
        let check = try StrictYAML.decode(CheckSpec.self, from: yaml, file: "pack.yml")
        #expect(check.problem?.hasPrefix(problem) == true, "\(String(describing: check.problem))")
    }

    @Test func theTerritoryCheckIsDecidedByBothFacts() throws {
        let check = try StrictYAML.decode(
            CheckSpec.self, from: "kind: territory-exclusion\nexcluded: [EU, GB, KR]\n", file: "pack.yml")
        #expect(check.kind == .territoryExclusion)
        #expect(check.decidingFacts == ["distribution.territories", "distributor.domicile"])
        let revenue = try StrictYAML.decode(
            CheckSpec.self,
            from: """
                kind: fact-threshold
                fact: distributor.annualRevenueUSD
                threshold: 1000000
                onlyWhenCommercial: true
                """, file: "pack.yml")
        #expect(revenue.problem == nil)
        #expect(revenue.decidingFacts == ["distributor.annualRevenueUSD", "distribution.commercial"])
    }
}
