import BuiltinPolicies
import Foundation
import PolicyEngine
import TestSupport
import Testing

/// Every identifier of the Hugging Face license list and every `license_name` of OBLIGATIONS §24
/// resolves to a pack with examples, and `policies list --format json` says, per pack, its name,
/// version, family, templates, rule count and the Hub identifiers it answers to.
@Suite struct HubIdentifierTests {
    private struct Listing: Decodable {
        struct Pack: Decodable {
            let id: String
            let name: String
            let version: String
            let family: String?
            let templates: [String]
            let members: [String]?
            let ruleCount: Int
            let huggingFace: [String]
            let rules: [Rule]
        }
        struct Rule: Decodable { let id: String }
        let packs: [Pack]
    }

    private static func listing() throws -> Listing {
        let result = try CLIRunner.run(["policies", "list", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Listing.self, from: Data(result.stdout.utf8))
    }

    /// Each identifier of OBLIGATIONS §24 (the Hub's `license:` list and the `license_name` values)
    /// answers to a pack whose every rule has examples, the examples that are its tests.
    @Test(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.skipMessage)))
    func everyIdentifierOfTheObligationsTableResolvesToAPackWithExamples() throws {
        let table = try #require(ObligationsIdentifiers.reference, "no OBLIGATIONS.md in \(ReferenceData.folder.path)")
        #expect(
            table.hubIdentifiers.count == 81 && table.hubIdentifiers.first == "apache-2.0",
            "\(table.hubIdentifiers)")
        #expect(
            table.licenseNames.contains("flux-1-dev-non-commercial-license")
                && table.licenseNames.contains("deepseek-license"))
        let policies = try PolicySet.builtin(includingExamples: true)
        for name in table.hubIdentifiers + table.licenseNames {
            guard let id = policies.packs.id(named: name), let pack = policies.packs[id] else {
                Issue.record("no pack answers to \(name)")
                continue
            }
            #expect(!pack.rules.isEmpty, "\(name) → \(id) has no rules")
            let bare = pack.rules.filter { ($0.examples ?? []).isEmpty }.map(\.id)
            #expect(bare.isEmpty, "\(name) → \(id): rules without examples \(bare)")
        }
    }

    @Test func everyHubIdentifierOfTheListingAnswersToOnePack() throws {
        let packs = try Self.listing().packs
        let identifiers = packs.flatMap(\.huggingFace)
        #expect(Set(identifiers).count == identifiers.count, "a Hub identifier answers to two packs")
    }

    @Test func theListingSaysFamilyTemplatesAndRuleCount() throws {
        let packs = try Self.listing().packs
        let shareAlike = try #require(packs.first { $0.id == "cc-by-sa-4.0" })
        #expect(shareAlike.name == "Creative Commons Attribution-ShareAlike 4.0 International")
        #expect(shareAlike.version == "2013-11-25")
        #expect(shareAlike.family == "cc")
        #expect(shareAlike.templates == ["cc-attribution", "share-alike"])
        #expect(shareAlike.ruleCount == shareAlike.rules.count && shareAlike.ruleCount == 6)
        #expect(shareAlike.huggingFace == ["cc-by-sa-4.0"])
        let gpl = try #require(packs.first { $0.id == "gpl" })
        #expect(gpl.members == ["gpl-2.0", "gpl-3.0"])
        #expect(gpl.templates == ["family-identifier"])
        let llama = try #require(packs.first { $0.id == "llama3.1" })
        #expect(llama.templates.isEmpty && llama.family == "llama")
    }
}
