import Foundation
import Testing

@testable import PolicyEngine

/// A rule's `check:` decodes into the parameters of its kind, and only those: a parameter the
/// kind does not take is an unknown key, a missing one or an unusable value is an error.
@Suite struct CheckSpecTests {
    private func decode(_ yaml: String) throws -> CheckSpec {
        try StrictYAML.decode(CheckSpec.self, from: yaml, file: "pack.yml")
    }

    @Test func aKindDecodesItsOwnParameters() throws {
        let check = try decode("kind: name-prefix\nprefix: Llama 3\nreviewPrefixes: [Llama-3]\n")
        #expect(check == .namePrefix(NamePrefixCheck(prefix: "Llama 3", reviewPrefixes: ["Llama-3"])))
        #expect(check.kind == .namePrefix)
        #expect(check.problem == nil)
    }

    @Test func aParameterOfAnotherKindIsAnUnknownKey() {
        #expect(throws: PolicyError.unknownKey(file: "pack.yml", line: 2, key: "prefix")) {
            try decode("kind: notice-line\nprefix: Llama\n")
        }
    }

    @Test func aMissingParameterNamesTheKey() {
        #expect {
            try decode("kind: name-prefix\n")
        } throws: { error in
            "\(error)".contains("missing required key: prefix")
        }
    }

    @Test(arguments: [
        (
            "kind: fact-threshold\nfact: distribution.commercial\nthreshold: 5\n",
            "fact-threshold needs a numeric 'fact'"
        ),
        (
            "kind: fact-flag\nfact: distributor.monthlyActiveUsers\nviolatedWhen: true\n",
            "fact-flag needs a yes/no 'fact'"
        ),
        ("kind: display-statement\nstatements: []\n", "display-statement needs 'statements'"),
        ("kind: eu-multimodal\ncountries: []\n", "eu-multimodal needs 'countries'"),
        ("kind: defects\ndefects: []\n", "defects needs 'defects'"),
    ])
    func unusableParametersAreAProblem(yaml: String, problem: String) throws {
        #expect(try decode(yaml).problem?.hasPrefix(problem) == true)
    }

    @Test func decidingFactsComeFromTheKind() throws {
        let threshold = try decode(
            "kind: fact-threshold\nfact: distributor.monthlyActiveUsers\nthreshold: 5\nonlyWhenCommercial: true\n")
        #expect(threshold.decidingFacts == ["distributor.monthlyActiveUsers", "distribution.commercial"])
        #expect(try decode("kind: review\n").decidingFacts.isEmpty)
    }

    /// The compiled copy of the built-in packs is JSON of the same flat shape.
    @Test func aCheckEncodesFlatAsPacksWriteIt() throws {
        let check = try decode("kind: use-restrictions\nstatements: [ai.meta.com/llama/use-policy]\n")
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(check)) as? [String: Any]
        #expect(json?["kind"] as? String == "use-restrictions")
        #expect(json?["statements"] as? [String] == ["ai.meta.com/llama/use-policy"])
        #expect(try JSONDecoder().decode(CheckSpec.self, from: JSONEncoder().encode(check)) == check)
    }
}
