import Testing

@testable import PolicyEngine

/// Packs built on family templates: inherited rules are renamed, adjusted and filled; every way of
/// getting `extends:` wrong is an error naming the file and, in YAML, the line.
@Suite struct PackTemplateTests {
    private static let base: [String: String] = [
        "registry.yml": "version: 1\nmodels: []\n",
        "general.yml": "version: 1\nrules: []\n",
        "templates/notice.yml": """
        version: 1
        name: notice
        summary: Keep the notice.
        defaults: {permissive: true}
        rules:
          - id: license_copy
            title: A copy of the ${citation} ships
            category: license-copy
            severity: error
            check: {kind: license-copy}
            section: "${copy_section}"
            clause: Keep the ${citation} notice.
            remediation: Add ${url} as LICENSE.
            examples:
              - name: shipped
                expect: pass
                bundle: {licenseTexts: [{path: LICENSE, id: "${id}"}]}
          - id: declared_license
            title: The release declares a license
            category: license-metadata
            severity: warning
            check: {kind: permissive}
            section: Grant
            clause: Any license.
            remediation: Declare one.
        """,
        "templates/sharing.yml": """
        version: 1
        name: sharing
        summary: Same license.
        extends: [notice]
        defaults: {permissive: false}
        rules:
          - id: share_alike
            title: Same license
            category: share-alike
            severity: error
            check: {kind: share-alike}
            section: "§4"
            clause: Same license.
            remediation: Declare ${id}.
        """,
    ]

    private static func pack(_ body: String) -> String {
        """
        version: 1
        \(body)
        license:
          id: acme-sa-1.0
          name: Acme Share-Alike License 1.0
          version: "2026-01-01"
          citation: Acme SA 1.0
          url: https://acme.example/sa
        """
    }

    private static func load(_ extra: [String: String]) throws(PolicyError) -> PolicySet {
        try PolicyLoader.load(files: base.merging(extra) { $1 }, origin: "p")
    }

    @Test func inheritedRulesAreRenamedFilledAndAdjusted() throws {
        let policies = try Self.load([
            "acme-sa-1.0.yml": Self.pack(
                """
                extends: [sharing]
                parameters: {copy_section: "§2"}
                adjust:
                  share_alike: {check: {kind: share-alike, allowed: [mit]}}
                  declared_license: {omit: true}
                rules:
                  - id: acme_sa_1_0_extra
                    title: Something only ${citation} asks
                    category: notice
                    severity: warning
                    check: {kind: review}
                    section: "§9"
                    clause: Only this license.
                    remediation: Do it.
                """)
        ])
        let pack = try #require(policies.packs["acme-sa-1.0"])
        #expect(pack.templates == ["notice", "sharing"])
        #expect(pack.rules.map(\.id) == ["acme_sa_1_0_license_copy", "acme_sa_1_0_share_alike", "acme_sa_1_0_extra"])
        #expect(pack.rules[0].title == "A copy of the Acme SA 1.0 ships")
        #expect(pack.rules[0].section == "§2")
        #expect(pack.rules[0].remediation == "Add https://acme.example/sa as LICENSE.")
        #expect(pack.rules[0].examples?.first?.bundle?.licenseTexts?.first?.id == "acme-sa-1.0")
        #expect(pack.rules[1].check == .shareAlike(ShareAlikeCheck(allowed: ["mit"])))
        #expect(pack.rules[2].title == "Something only Acme SA 1.0 asks")
        #expect(pack.license.permissive == false)
    }

    @Test(
        "errors name the file and the line",
        arguments: [
            (
                "extends: [sharing]\nadjust:\n  share_alike: {clause: x}\n  licence_copy: {clause: x}",
                "p/acme-sa-1.0.yml:5: adjust names 'licence_copy', which none of the templates notice, sharing defines"
            ),
            (
                "extends: [sharing]",
                "p/acme-sa-1.0.yml:2: rule acme_sa_1_0_license_copy has the placeholder ${copy_section}"
            ),
            ("extends: [shareing]", "p/acme-sa-1.0.yml:2: unknown template 'shareing'"),
            ("parameters: {copy_section: x}", "p/acme-sa-1.0.yml:2: adjust and parameters apply to inherited rules"),
            (
                "extends: [sharing]\nparameters: {id: other, copy_section: x}",
                "p/acme-sa-1.0.yml:3: parameter 'id' is the license's own"
            ),
        ])
    func errorsNameTheFileAndLine(body: String, expected: String) {
        let error = #expect(throws: PolicyError.self) { try Self.load(["acme-sa-1.0.yml": Self.pack(body)]) }
        #expect(error?.description.hasPrefix(expected) == true, "\(String(describing: error))")
    }

    @Test func templatesMayNotFormACycle() {
        let cyclic = Self.base["templates/notice.yml", default: ""].replacingOccurrences(
            of: "defaults: {permissive: true}", with: "extends: [sharing]\ndefaults: {permissive: true}")
        let error = #expect(throws: PolicyError.self) { try Self.load(["templates/notice.yml": cyclic]) }
        #expect(
            error?.description.contains("templates extend each other in a cycle: notice → sharing → notice") == true,
            "\(String(describing: error))")
    }

    @Test func templateChainsAreCappedInDepth() {
        var files: [String: String] = [:]
        for level in 0...TemplateResolver.maxDepth {
            let parent = level == TemplateResolver.maxDepth ? "" : "extends: [t\(level + 1)]\n"
            files["templates/t\(level).yml"] =
                "version: 1\nname: t\(level)\nsummary: level \(level)\n\(parent)rules: []\n"
        }
        let error = #expect(throws: PolicyError.self) { try Self.load(files) }
        #expect(
            error?.description.contains("more than \(TemplateResolver.maxDepth) levels deep") == true,
            "\(String(describing: error))")
    }

    @Test func aRuleKeyMayComeFromOneTemplateOnly() {
        let twice = Self.base["templates/sharing.yml", default: ""].replacingOccurrences(
            of: "id: share_alike", with: "id: license_copy")
        let error = #expect(throws: PolicyError.self) { try Self.load(["templates/sharing.yml": twice]) }
        #expect(
            error?.description.contains(
                "the rule key 'license_copy' is defined by both template notice and template sharing") == true,
            "\(String(describing: error))")
    }

    @Test func aTemplateIsNamedAfterItsFile() {
        let error = #expect(throws: PolicyError.self) {
            try Self.load(["templates/other.yml": "version: 1\nname: else\nsummary: x\nrules: []\n"])
        }
        #expect(
            error?.description == "p/templates/other.yml: the template named 'else' must be the file templates/else.yml"
        )
    }

    @Test func templateKeysAreStrict() {
        let error = #expect(throws: PolicyError.self) {
            try Self.load(["templates/other.yml": "version: 1\nname: other\nsummary: x\nrules: []\nrulez: []\n"])
        }
        #expect(error == .unknownKey(file: "p/templates/other.yml", line: 5, key: "rulez"))
    }

    @Test func rulePrefixesAreSnakeCase() {
        #expect(TemplateResolver.rulePrefix("cc-by-nc-sa-4.0") == "cc_by_nc_sa_4_0")
        #expect(TemplateResolver.rulePrefix("openrail++") == "openrail")
    }
}
