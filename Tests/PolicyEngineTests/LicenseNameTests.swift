import BuiltinPolicies
import PolicyEngine
import Testing

/// Cards and GGUF files name licenses by Hub identifier, SPDX id, ScanCode key or a spelling of
/// their own: each resolves to the pack, and no name answers to two packs.
@Suite struct LicenseNameTests {
    static let policies = Result { try PolicySet.builtin() }

    @Test(
        "a spelling names its license",
        arguments: [
            ("GPL-3.0-or-later", "gpl-3.0"), ("GPL-3.0-only", "gpl-3.0"), ("gplv2", "gpl-2.0"),
            ("LGPL-2.1-only", "lgpl-2.1"),
            ("CC-BY-SA-4.0", "cc-by-sa-4.0"),
            ("Attribution-NonCommercial-ShareAlike 4.0 International", "cc-by-nc-sa-4.0"),
            ("CC-BY-NC-ND-3.0", "cc-by-nc-nd-3.0"), ("bsd-new", "bsd-3-clause"), ("BSD-2-Clause", "bsd-2-clause"),
            ("clear-bsd", "bsd-3-clause-clear"), ("boost-1.0", "bsl-1.0"), ("Boost Software License 1.0", "bsl-1.0"),
            ("uoi-ncsa", "ncsa"), ("wtfpl-2.0", "wtfpl"), ("ODbL-1.0", "odbl"), ("odc-by-1.0", "odc-by"),
            ("c-uda-1.0", "c-uda"),
            ("pddl-1.0", "pddl"), ("lgpllr", "lgpl-lr"), ("OpenMDW-1.0", "openmdw-1.0"), ("MPL-2.0", "mpl-2.0"),
            ("CC0-1.0", "cc0-1.0"),
            ("EUPL-1.2", "eupl-1.2"), ("Creative Commons", "cc"),
        ])
    func aSpellingNamesItsLicense(spelling: String, id: String) throws {
        #expect(try Self.policies.get().pack(named: spelling)?.license.id == id)
    }

    @Test func noNameAnswersToTwoPacks() throws {
        let policies = try Self.policies.get()
        var owners: [String: String] = [:]
        for pack in policies.sortedPacks {
            for name in [pack.license.id] + (pack.license.huggingFace ?? []) + (pack.license.aliases ?? [])
                + [pack.license.spdx].compactMap({ $0 })
            {
                let key = name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "+" }
                if let owner = owners[key], owner != pack.license.id {
                    Issue.record("\(name) names both \(owner) and \(pack.license.id)")
                }
                owners[key] = pack.license.id
            }
        }
    }
}
