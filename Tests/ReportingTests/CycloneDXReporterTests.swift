import BundleModel
import Foundation
import PolicyEngine
import Testing

@testable import Reporting

/// The ML-BOM's model component, licenses, files and pedigree.
@Suite struct CycloneDXReporterTests {
    private func bom(_ input: ReportInput) throws -> JSONValue {
        try JSONValue.parse(CycloneDXReporter().render(input))
    }

    @Test func theModelIsAMachineLearningModelWithItsCard() throws {
        let model = try #require(try bom(try ReportFixture.input())["metadata", "component"])
        #expect(model["type"] == .string("machine-learning-model"))
        #expect(model["name"] == .string("Llama-3.1-Acme-8B"))
        #expect(model["modelCard", "modelParameters", "task"] == .string("text-generation"))
        #expect(model["modelCard", "modelParameters", "modelArchitecture"] == .string("LlamaForCausalLM"))
        #expect(model["modelCard", "modelParameters", "datasets", 0, "name"] == .string("acme/support-tickets"))
        #expect(
            model["modelCard", "properties", 0]
                == .object(["name": .string("clearance:parameter-count"), "value": .string("8030261248")]))
        #expect(model["pedigree", "ancestors", 0, "name"] == .string("meta-llama/Llama-3.1-8B-Instruct"))
        #expect(
            model["pedigree", "ancestors", 0, "externalReferences", 0, "url"]
                == .string("https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct"))
        #expect(model["externalReferences", 0, "type"] == .string("license"))
    }

    @Test func useRestrictionsOfTheUpstreamLicensesAreConsiderations() throws {
        let considerations = try #require(
            try bom(try ReportFixture.input())[
                "metadata", "component", "modelCard", "considerations", "ethicalConsiderations"]?.array)
        let names = considerations.compactMap { $0["name"]?.string }
        #expect(names.count == 2)
        #expect(names.first?.hasPrefix("Llama 3.1 Community License §2: ") == true)
        #expect(
            names.last?.hasPrefix(
                "Llama 3.1 Community License §1.b.iv: Use of the Llama Materials must comply with the Acceptable Use Policy"
            ) == true)
        #expect(considerations.last?["mitigationStrategy"]?.string?.contains("Acceptable Use Policy") == true)
    }

    @Test func licensesWithoutSPDXIdsAreNamedLicenseRefs() throws {
        let license = try #require(
            try bom(try ReportFixture.input())["metadata", "component", "licenses", 0, "license"])
        #expect(license["name"] == .string("LicenseRef-llama3.1"))
        #expect(license["id"] == nil)
        #expect(license["acknowledgement"] == .string("concluded"))
        #expect(
            license["properties"]?.array.contains(
                .object([
                    "name": .string("clearance:license-title"),
                    "value": .string("LLAMA 3.1 COMMUNITY LICENSE AGREEMENT"),
                ])) == true)
    }

    @Test(arguments: [
        ("apache-2.0", "Apache-2.0"), ("mit", "MIT"), ("cc-by-4.0", "CC-BY-4.0"), ("cc-by-nc-4.0", "CC-BY-NC-4.0"),
    ])
    func spdxLicensesUseTheirId(license: String, spdx: String) throws {
        let input = try ReportFixture.input()
        let entry = CycloneDXLicenses(policies: input.policies).entry(license, acknowledgement: "declared")
        #expect(entry.license.id == spdx)
        #expect(entry.license.name == nil)
    }

    @Test func licenseRefsUseOnlyTheCharactersSPDXAllows() {
        #expect(CycloneDXLicenses.licenseRef("openrail++") == "LicenseRef-openrail--")
        #expect(CycloneDXLicenses.licenseRef("tongyi-qianwen") == "LicenseRef-tongyi-qianwen")
    }

    @Test func filesHaveHashesOnlyWhenComputed() throws {
        var input = try ReportFixture.input()
        let hashed = try bom(input)["components"]?.array ?? []
        #expect(hashed.count == input.report.artifacts.count)
        #expect(hashed.allSatisfy { $0["type"] == .string("file") && $0["hashes", 0, "alg"] == .string("SHA-256") })
        input.report.artifacts = input.report.artifacts.map {
            var artifact = $0; artifact.sha256 = nil; return artifact
        }
        input.report.subject.sha256 = nil
        let plain = try bom(input)
        #expect(plain["components"]?.array.allSatisfy { $0["hashes"] == nil } == true)
        #expect(plain["metadata", "component", "hashes"] == nil)
    }

    @Test func waiversAreRecordedOnTheModel() throws {
        let properties = try bom(try ReportFixture.input())["metadata", "component", "properties"]?.array ?? []
        #expect(
            properties.contains {
                $0["name"] == .string("clearance:waived")
                    && $0["value"]?.string?.hasPrefix("llama3_1_built_with_display: Shown on the product page") == true
            })
    }
}
