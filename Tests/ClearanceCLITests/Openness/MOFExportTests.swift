import Clearance
import Foundation
import TestSupport
import Testing
import Yams

/// The MOF YAML export (`clearance openness --format mof`, `check --format mof`) validates against
/// the MOT schema's fields (`Tests/Fixtures/mof-schema.json`) and says what the profile says.
@Suite struct MOFExportTests {
    static let schemaFile = ReleaseFixture.testsFolder.appendingPathComponent("Fixtures/mof-schema.json")

    private func export(_ arguments: [String]) throws -> (text: String, document: [String: Any]) {
        let result = try CLIRunner.run(["openness"] + arguments + ["--format", "mof"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try Yams.load(yaml: result.stdout) as? [String: Any])
        return (result.stdout, document)
    }

    private func violations(_ document: [String: Any]) throws -> [String] {
        let schema = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaFile)) as? [String: Any])
        return SchemaSubset(schema: schema).violations(of: document)
    }

    @Test("the schema fixture catches what it should")
    func schemaRejects() throws {
        let bad: [String: Any] = [
            "framework": ["name": "MOF", "version": "1.0", "date": "15/12/2024"],
            "release": ["name": "", "license": [:], "components": [["name": "Weights", "colour": "red"]]],
        ]
        let problems = try violations(bad)
        #expect(problems.contains { $0.contains("$.framework.name") })
        #expect(problems.contains { $0.contains("not a date") })
        #expect(problems.contains { $0.contains("missing producer") })
        #expect(problems.contains { $0.contains("$.release.name") })
        #expect(problems.contains { $0.contains("unexpected key colour") })
        #expect(problems.contains { $0.contains("'Weights' is not one of") })
    }

    @Test("an OLMo-like release exports every component it has, with its licenses, valid against the schema")
    func olmoExport() throws {
        let directory = try TemporaryDirectory()
        let (bundle, facts) = try OpennessReleases.olmoLike(in: directory)
        let (text, document) = try export([bundle, "--facts", facts])
        #expect(try violations(document) == [])
        let release = try #require(document["release"] as? [String: Any])
        let components = try #require(release["components"] as? [[String: Any]])
        #expect(components.count == 13)
        #expect(release["producer"] as? String == "Acme Research")
        #expect(release["architecture"] as? String == "transformer decoder")
        let license = try #require(release["license"] as? [String: Any])
        #expect((license["distribution"] as? [String: Any])?["name"] as? String == "Apache-2.0")
        let paper = try #require(components.first { $0["name"] as? String == "Research paper" })
        #expect(paper["license"] as? String == "CC-BY-4.0")
        #expect(
            text.contains(
                "# unknown: Technical report, Sample model outputs, Supporting libraries and tools, Model metadata"))
    }

    @Test("a Llama 3.1 fine-tune exports its parameters under the Llama license, as the MOT judges Llama 3.1 itself")
    func llamaExport() throws {
        let directory = try TemporaryDirectory()
        let (_, document) = try export([try OpennessReleases.llamaFineTune(in: directory)])
        #expect(try violations(document) == [])
        let release = try #require(document["release"] as? [String: Any])
        let components = try #require(release["components"] as? [[String: Any]])
        let parameters = try #require(components.first { $0["name"] as? String == "Model parameters (Final)" })
        #expect(parameters["license"] as? String == "Llama 3.1 Community License Agreement")
        #expect(parameters["component_path"] as? String == "model.safetensors")
        #expect(release["treatment"] == nil)
    }

    @Test("check --format mof writes the same file as openness --format mof")
    func checkFormat() throws {
        let directory = try TemporaryDirectory()
        let bundle = try OpennessReleases.nonCommercial(in: directory)
        let viaCheck = try CLIRunner.run(["check", bundle, "--format", "mof"])
        let viaOpenness = try CLIRunner.run(["openness", bundle, "--format", "mof"])
        #expect(viaCheck.status != 2, "\(viaCheck.stderr)")
        let strip = { (text: String) in
            text.split(separator: "\n").filter { !$0.contains("date:") }.joined(separator: "\n")
        }
        #expect(strip(viaCheck.stdout) == strip(viaOpenness.stdout))
        #expect(try violations(try #require(try Yams.load(yaml: viaCheck.stdout) as? [String: Any])) == [])
    }
}
