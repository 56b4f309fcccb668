import BundleModel

/// One `testsuite`: the obligations of one license, or the checks that belong to none.
struct JUnitSuite {
    let name: String
    let license: String?
    let properties: [(String, String)]
    let cases: [JUnitCase]

    init(group: FindingGroups.Group, input: ReportInput) {
        license = group.license
        if let license = group.license {
            let pack = input.policies.pack(named: license)
            name = pack.map { "\(license): \($0.license.name)" } ?? license
            properties =
                [("license", license)]
                + (pack.map { [("license-version", $0.license.version), ("license-url", $0.license.url)] } ?? [])
                + [("verdict", input.report.verdict.rawValue)]
        } else {
            name = FindingGroups.generalTitle
            properties = [("verdict", input.report.verdict.rawValue)]
        }
        let classname = "clearance." + (group.license ?? "general")
        cases = JUnitCase.names(for: group.findings).map {
            JUnitCase(finding: $0.finding, name: $0.name, classname: classname)
        }
    }

    var failures: Int { cases.filter { $0.finding.status == .fail }.count }
    var skipped: Int { cases.filter { $0.finding.status == .needsReview || $0.finding.status == .waived }.count }

    func lines(id: Int) -> [String] {
        var lines = [
            "<testsuite"
                + XMLEscaping.attributes([
                    ("name", name), ("tests", String(cases.count)), ("failures", String(failures)),
                    ("errors", "0"), ("skipped", String(skipped)), ("id", String(id)),
                ]) + ">"
        ]
        if !properties.isEmpty {
            lines.append("  <properties>")
            lines += properties.map {
                "    <property" + XMLEscaping.attributes([("name", $0.0), ("value", $0.1)]) + "/>"
            }
            lines.append("  </properties>")
        }
        lines += cases.flatMap { $0.lines().map { "  " + $0 } }
        lines.append("</testsuite>")
        return lines
    }
}
