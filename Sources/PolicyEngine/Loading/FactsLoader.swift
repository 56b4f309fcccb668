import BundleModel
import Foundation

/// Reads a facts file (`--facts FILE`, or `clearance.yml` / `.clearance.yml` at the bundle root).
public enum FactsLoader {
    /// The names looked for at the bundle root when `--facts` is not given.
    public static let rootFileNames = ["clearance.yml", ".clearance.yml"]

    /// Loads facts from a file on disk.
    public static func load(file: String) throws(PolicyError) -> FactSheet {
        try parse(PolicyFileText.read(file), source: file)
    }

    /// Parses facts from text; `source` names it in errors and evidence.
    public static func parse(_ text: String, source: String) throws(PolicyError) -> FactSheet {
        var facts = try StrictYAML.decode(Facts.self, from: text, file: source)
        // Country codes are upper case; `de` is a common spelling of DE.
        if let domicile = facts.distributor?.domicile { facts.distributor?.domicile = domicile.uppercased() }
        if let domicile = facts.distributor?.domicile, !Countries.isAlpha2(domicile) {
            throw .invalidValue(file: source, line: nil, reason: "distributor.domicile must be an ISO 3166-1 alpha-2 code such as DE or US, not '\(domicile)'")
        }
        if let users = facts.distributor?.monthlyActiveUsers, users < 0 {
            throw .invalidValue(file: source, line: nil, reason: "distributor.monthlyActiveUsers cannot be negative")
        }
        return FactSheet(facts: facts, source: source)
    }

    /// The facts file kept at the root of an inspected bundle, if there is one. Its evidence path is
    /// relative to the bundle root, like every other path in a report.
    public static func fromBundle(_ manifest: Manifest) throws(PolicyError) -> FactSheet? {
        for name in rootFileNames {
            if let document = manifest.documents[name] {
                let subject = manifest.subject
                let displayed = subject.format == .directory
                    ? "\(subject.path)/\(name)" : EntryLocation(name, in: [subject.path]).description
                var sheet = try parse(document.text, source: displayed)
                sheet.source = name
                return sheet
            }
        }
        return nil
    }
}
