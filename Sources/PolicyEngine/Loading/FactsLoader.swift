import BundleModel
import Foundation
import Yams

/// Reads a facts file (`--facts FILE`, the `facts:` of a `.clearance.yml`, or `clearance.yml` /
/// `.clearance.yml` at the bundle root).
public enum FactsLoader {
    /// The names looked for at the bundle root when no facts are given.
    public static let rootFileNames = ["clearance.yml", ".clearance.yml"]

    /// Loads facts from a file on disk.
    public static func load(file: String) throws(PolicyError) -> FactSheet {
        try parse(PolicyFileText.read(file), source: file)
    }

    /// Parses facts from text; `source` names it in errors and evidence.
    public static func parse(_ text: String, source: String) throws(PolicyError) -> FactSheet {
        var (facts, root) = try StrictYAML.decodeDocument(Facts.self, from: text, file: source)
        try settle(&facts, root: root, at: [], source: source)
        return FactSheet(facts: facts, source: source)
    }

    /// Normalises and validates decoded facts, and records the line of each answer; `path` is
    /// where the facts sit in the document (`facts` in a `.clearance.yml`).
    static func settle(_ facts: inout Facts, root: Node, at path: [EntryKey], source: String) throws(PolicyError) {
        let prefix = path.isEmpty ? "" : path.map(\.stringValue).joined(separator: ".") + "."
        // Country codes are upper case; `de` is a common spelling of DE.
        if let domicile = facts.distributor?.domicile { facts.distributor?.domicile = domicile.uppercased() }
        if let domicile = facts.distributor?.domicile,
            let problem = Countries.problem(with: domicile, allowingEU: false)
        {
            let key = path + [EntryKey("distributor"), EntryKey("domicile")]
            throw .invalidValue(
                file: source, line: StrictYAML.line(at: key, in: root),
                reason: "\(prefix)distributor.domicile \(problem)")
        }
        try settleTerritories(&facts, root: root, at: path, source: source)
        for (key, value) in [
            ("monthlyActiveUsers", facts.distributor?.monthlyActiveUsers),
            ("annualRevenueUSD", facts.distributor?.annualRevenueUSD),
        ] {
            guard let value, value < 0 else { continue }
            let line = StrictYAML.line(at: path + [EntryKey("distributor"), EntryKey(key)], in: root)
            throw .invalidValue(file: source, line: line, reason: "\(prefix)distributor.\(key) cannot be negative")
        }
        for index in (facts.answers ?? []).indices {
            let line = StrictYAML.line(at: path + [EntryKey("answers"), EntryKey(index)], in: root)
            facts.answers?[index].line = line
            guard let answer = facts.answers?[index] else { continue }
            guard ISODate(answer.date) != nil else {
                throw .invalidValue(
                    file: source, line: line,
                    reason:
                        "\(prefix)answers[\(index)].date must be an ISO date such as 2026-12-01, not '\(answer.date)'")
            }
            for (key, value) in [("ruleId", answer.ruleId), ("answeredBy", answer.answeredBy)]
            where value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw .invalidValue(
                    file: source, line: line, reason: "\(prefix)answers[\(index)].\(key) must not be empty")
            }
        }
    }

    /// Upper-cases `distribution.territories` (`de` is a common spelling of DE) and checks that
    /// each is an ISO 3166-1 alpha-2 code or EU, naming the entry and its line when one is not.
    private static func settleTerritories(
        _ facts: inout Facts, root: Node, at path: [EntryKey],
        source: String
    ) throws(PolicyError) {
        guard let territories = facts.distribution?.territories else { return }
        let prefix = path.isEmpty ? "" : path.map(\.stringValue).joined(separator: ".") + "."
        facts.distribution?.territories = territories.map { $0.uppercased() }
        for (index, code) in territories.map({ $0.uppercased() }).enumerated() {
            guard let problem = Countries.problem(with: code, allowingEU: true) else { continue }
            let key = path + [EntryKey("distribution"), EntryKey("territories"), EntryKey(index)]
            throw .invalidValue(
                file: source, line: StrictYAML.line(at: key, in: root),
                reason: "\(prefix)distribution.territories[\(index)] \(problem)")
        }
    }

    /// Every answer must name a rule of `policies`; `file` names the facts file in the error.
    public static func checkRules(of facts: Facts, file: String, policies: PolicySet) throws(PolicyError) {
        for (index, answer) in (facts.answers ?? []).enumerated() {
            try RuleReferenceCheck.check(
                answer.ruleId, key: "answers[\(index)].ruleId", file: file, line: answer.line, policies: policies)
        }
    }

    /// The facts files kept at the root of an inspected bundle, by name.
    public static func bundleFiles(in manifest: Manifest) -> [String] {
        rootFileNames.filter { manifest.documents[$0] != nil }
    }

    /// The facts of a file kept at the root of an inspected bundle: a facts file, or a
    /// configuration with inline facts. Its evidence path is relative to the bundle root, like
    /// every other path in a report.
    public static func fromBundle(_ manifest: Manifest, name: String) throws(PolicyError) -> FactSheet? {
        guard let document = manifest.documents[name] else { return nil }
        let subject = manifest.subject
        let displayed =
            subject.format == .directory
            ? "\(subject.path)/\(name)" : EntryLocation(name, in: [subject.path]).description
        let text = document.text
        var sheet: FactSheet
        if ProjectConfigLoader.looksLikeConfig(text) {
            guard let inline = try ProjectConfigLoader.parse(text, source: displayed).facts else { return nil }
            sheet = inline
        } else {
            sheet = try parse(text, source: displayed)
        }
        sheet.source = name
        return sheet
    }
}
