import Foundation
import Testing

/// Every identifier of the Hugging Face license list resolves to a pack (OBLIGATIONS §24), and
/// `policies list --format json` says, per pack, its name, version, family, templates, rule count
/// and the Hub identifiers it answers to.
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

    /// The `license:` identifiers of the Hub's list (hub-docs `repositories-licenses.md`), but for
    /// `unknown` and `other`, which name no license.
    static let hubIdentifiers = """
        apache-2.0 mit openrail bigscience-openrail-m creativeml-openrail-m bigscience-bloom-rail-1.0 bigcode-openrail-m \
        afl-3.0 artistic-2.0 bsl-1.0 bsd bsd-2-clause bsd-3-clause bsd-3-clause-clear c-uda cc cc0-1.0 cc-by-2.0 cc-by-2.5 \
        cc-by-3.0 cc-by-4.0 cc-by-sa-3.0 cc-by-sa-4.0 cc-by-nc-2.0 cc-by-nc-3.0 cc-by-nc-4.0 cc-by-nd-4.0 cc-by-nc-nd-3.0 \
        cc-by-nc-nd-4.0 cc-by-nc-sa-2.0 cc-by-nc-sa-3.0 cc-by-nc-sa-4.0 cdla-sharing-1.0 cdla-permissive-1.0 \
        cdla-permissive-2.0 wtfpl ecl-2.0 epl-1.0 epl-2.0 etalab-2.0 eupl-1.1 eupl-1.2 agpl-3.0 gfdl gpl gpl-2.0 gpl-3.0 \
        lgpl lgpl-2.1 lgpl-3.0 isc h-research intel-research lppl-1.3c ms-pl apple-ascl apple-amlr mpl-2.0 odc-by odbl \
        openmdw-1.0 openmdw-1.1 openrail++ osl-3.0 postgresql ofl-1.1 ncsa unlicense zlib pddl lgpl-lr deepfloyd-if-license \
        fair-noncommercial-research-license llama2 llama3 llama3.1 llama3.2 llama3.3 llama4 grok2-community gemma
        """.split(separator: " ").map(String.init)

    /// Model licenses whose packs come with OBLIGATIONS §15–§22 (another part of issue 12).
    static let modelLicenses: Set<String> = ["bigcode-openrail-m", "apple-ascl", "apple-amlr", "deepfloyd-if-license",
                                             "fair-noncommercial-research-license"]

    private static func listing() throws -> Listing {
        let result = try CLIRunner.run(["policies", "list", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Listing.self, from: Data(result.stdout.utf8))
    }

    @Test func everyHubIdentifierAnswersToAPack() throws {
        let packs = try Self.listing().packs
        let answered = Set(packs.flatMap(\.huggingFace))
        for identifier in Self.hubIdentifiers where !Self.modelLicenses.contains(identifier) {
            #expect(answered.contains(identifier), "no pack answers to \(identifier)")
        }
        #expect(Set(packs.flatMap(\.huggingFace)).count == packs.flatMap(\.huggingFace).count, "a Hub identifier answers to two packs")
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
