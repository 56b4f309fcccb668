import Testing

@testable import PolicyEngine

/// Facts, waivers and packs are typed: typos, aliases and wrong types are errors with a line.
@Suite struct StrictYAMLTests {
    @Test func factsParse() throws {
        let sheet = try FactsLoader.parse(
            """
            distributor:
              name: Acme AI Ltd
              monthlyActiveUsers: 2500000
              domicile: DE
            distribution:
              commercial: true
              hostedService: false
            model:
              name: Llama-3.1-Acme-8B
              trainedOnOutputsOf:
                - meta-llama/Llama-3.3-70B-Instruct
            attestations:
              builtWithDisplayedAt: https://acme.example/models/acme-8b
            """, source: "facts.yml")
        #expect(sheet.facts.distributor?.monthlyActiveUsers == 2_500_000)
        #expect(sheet.facts.distribution?.commercial == true)
        #expect(sheet.facts.model?.trainedOnOutputsOf == ["meta-llama/Llama-3.3-70B-Instruct"])
    }

    @Test func unknownKeysNameTheLine() {
        #expect(throws: PolicyError.unknownKey(file: "facts.yml", line: 3, key: "distributor.monthlyActiveUser")) {
            try FactsLoader.parse("distributor:\n  name: Acme\n  monthlyActiveUser: 5\n", source: "facts.yml")
        }
    }

    @Test func wrongTypesNameTheLine() {
        let error = #expect(throws: PolicyError.self) {
            try FactsLoader.parse("distribution:\n  commercial: maybe\n", source: "f.yml")
        }
        #expect(
            error?.description == "f.yml:2: distribution.commercial must be true or false, not “maybe”",
            "\(String(describing: error))")
    }

    @Test func aliasesAreRefused() {
        let bomb = """
            a: &a ["x","x","x","x","x","x","x","x","x"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            model:
              trainedOnOutputsOf: *c
            """
        #expect(throws: PolicyError.self) { try FactsLoader.parse(bomb, source: "bomb.yml") }
    }

    /// Yams expands aliases, so a billion laughs used to be walked node by node: it never ended.
    @Test func aliasBombsAreRefusedBeforeParsing() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append(
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        let clock = ContinuousClock()
        let started = clock.now
        for bomb in [lines + ["model:", "  trainedOnOutputsOf: *a9"], lines + ["? *a9", ": x"]] {
            let error = #expect(throws: PolicyError.self) {
                try WaiverLoader.parse(bomb.joined(separator: "\n"), source: "bomb.yml")
            }
            #expect(
                error?.description.contains("bomb.yml:2: YAML aliases are not allowed") == true,
                "\(String(describing: error))")
        }
        #expect(clock.now - started < .seconds(1))
    }

    @Test func invalidYAMLIsAnError() {
        #expect(throws: PolicyError.self) { try FactsLoader.parse("distributor: [unclosed\n", source: "x.yml") }
    }

    @Test func domicileMustBeAnAlpha2Code() {
        #expect(throws: PolicyError.self) {
            try FactsLoader.parse("distributor:\n  domicile: Germany\n", source: "x.yml")
        }
    }

    @Test func aLowerCaseDomicileReadsAsItsCode() throws {
        let sheet = try FactsLoader.parse("distributor:\n  domicile: de\n", source: "x.yml")
        #expect(sheet.facts.distributor?.domicile == "DE")
    }

    @Test func emptyFactsAreAllowedAsAMapping() throws {
        let sheet = try FactsLoader.parse("distributor: {}\n", source: "x.yml")
        #expect(sheet.facts.distributor?.name == nil)
    }
}
