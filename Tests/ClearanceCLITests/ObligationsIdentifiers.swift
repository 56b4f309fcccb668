import Foundation
import TestSupport

/// The identifiers of OBLIGATIONS.md §24, read from the reference at test time: the Hugging Face
/// `license:` list (every row of the Hub's own list, in its order) and the `license_name` values
/// seen with `license: other`.
struct ObligationsIdentifiers {
    /// The `license:` identifiers, but `unknown` and `other`, which name no license.
    let hubIdentifiers: [String]
    /// The `license_name` values, each spelling of a row on its own.
    let licenseNames: [String]

    /// The tables of the reference's OBLIGATIONS.md, or nil when the reference is absent.
    static let reference: ObligationsIdentifiers? = {
        let url = ReferenceData.folder.appendingPathComponent("OBLIGATIONS.md")
        return (try? String(contentsOf: url, encoding: .utf8)).map(ObligationsIdentifiers.init(markdown:))
    }()

    /// Reads the two tables of the section headed `## 24.`: the first column of each row below the
    /// header, its backquoted values split at commas. A row whose first cell quotes nothing (the
    /// separator, InternLM's "(none; …)") adds nothing.
    init(markdown: String) {
        var tables: [[String]] = []
        var inSection = false, inTable = false
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("## ") {
                inSection = line.hasPrefix("## 24.")
                continue
            }
            guard inSection else { continue }
            guard line.hasPrefix("|") else {
                inTable = false
                continue
            }
            // A table's first row is its header.
            guard inTable else {
                tables.append([])
                inTable = true
                continue
            }
            let cell = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().first ?? ""
            let trimmed = cell.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("`") else { continue }
            tables[tables.count - 1] += trimmed.split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            }
        }
        hubIdentifiers = (tables.first ?? []).filter { !["unknown", "other"].contains($0) }
        licenseNames = tables.dropFirst().first ?? []
    }
}
