import TestSupport
import Testing

/// "Billion laughs" and deep nesting in the YAML clearance reads: a model card's front matter is
/// refused with a defect, a facts file ends the run with exit status 2.
@Suite struct YAMLBombTests {
    /// Nine levels of nine aliases each: 9^9 nodes once expanded.
    private static let laughs: [String] = {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            lines.append(
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return lines
    }()

    /// Thirty levels of two aliases, the last used as a mapping key: hashing it walks 2^30 nodes.
    private static let keyLaughs: [String] = {
        var lines = ["a0: &a0 [x, x]"]
        for level in 1...30 { lines.append("a\(level): &a\(level) [*a\(level - 1), *a\(level - 1)]") }
        return lines + ["? *a30", ": boom"]
    }()

    @Test(arguments: [("values", YAMLBombTests.laughs), ("keys", YAMLBombTests.keyLaughs)])
    func inAModelCard(variant: String, yaml: [String]) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write(
            "release/README.md", (["---"] + yaml + ["license: mit", "---", "# Model"]).joined(separator: "\n"))
        let report = try #require(
            try BoundedRun.inspect(
                scratch.path("release"), in: scratch, case: "billion laughs in a model card (\(variant))"))
        let defect = try #require(report.defects.first { $0.kind == .malformedModelCard })
        #expect(defect.message.contains("aliases"))
    }

    @Test(arguments: [("values", YAMLBombTests.laughs), ("keys", YAMLBombTests.keyLaughs)])
    func inAFactsFile(variant: String, yaml: [String]) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("release/README.md", "# Model\n")
        let facts = try scratch.write("facts.yml", (yaml + ["distributor:", "  name: Acme"]).joined(separator: "\n"))
        let run = try BoundedRun.run(
            ["check", scratch.path("release"), "--facts", facts], in: scratch,
            case: "billion laughs in a facts file (\(variant))")
        #expect(run.status == 2)
        #expect(run.stderr.contains("facts.yml") && run.stderr.contains("aliases"), "\(run.stderr)")
    }

    @Test func inAFactsFileAtTheBundleRoot() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("release/README.md", "# Model\n")
        try scratch.write(
            "release/clearance.yml", (Self.laughs + ["distributor:", "  name: Acme"]).joined(separator: "\n"))
        let run = try BoundedRun.run(
            ["check", scratch.path("release")], in: scratch, case: "billion laughs in clearance.yml")
        #expect(run.status == 2)
        #expect(run.stderr.contains("clearance.yml") && run.stderr.contains("aliases"), "\(run.stderr)")
    }

    @Test func deepNestingInAFactsFile() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("release/README.md", "# Model\n")
        let facts = try scratch.write(
            "facts.yml",
            "distributor: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n")
        let run = try BoundedRun.run(
            ["check", scratch.path("release"), "--facts", facts], in: scratch, case: "deep nesting in a facts file")
        #expect(run.status == 2)
        #expect(run.stderr.contains("nested deeper"), "\(run.stderr)")
    }
}
