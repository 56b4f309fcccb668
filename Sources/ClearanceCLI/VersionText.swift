import Clearance

/// What `clearance --version` prints: the tool's version, then each built-in policy pack with the
/// version of the license it encodes and its number of rules, so a report can be traced to the
/// exact obligations it was checked against.
enum VersionText {
    static func render() -> String {
        var lines = ["clearance \(Clearance.version)"]
        guard let policies = try? Clearance.policies(directory: nil) else {
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("Built-in policy packs:")
        let rows =
            policies.sortedPacks.map { pack in
                [pack.license.id, pack.license.version, String(pack.version), String(pack.rules.count)]
            } + [["general", "-", String(policies.general.version), String(policies.general.rules.count)]]
        lines += TextTable.render(
            header: ["PACK", "LICENSE VERSION", "SCHEMA", "RULES"], rows: rows, rightAligned: [3]
        ).map { "  " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}
