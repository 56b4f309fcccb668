import Foundation

/// Reads and validates a waivers file.
public enum WaiverLoader {
    public static func load(file: String) throws(PolicyError) -> WaiverFile {
        try parse(PolicyFileText.read(file), source: file)
    }

    public static func parse(_ text: String, source: String) throws(PolicyError) -> WaiverFile {
        var (file, root) = try StrictYAML.decodeDocument(WaiverFile.self, from: text, file: source)
        for (index, waiver) in file.waivers.enumerated() {
            let line = StrictYAML.line(at: [EntryKey("waivers"), EntryKey(index)], in: root)
            file.waivers[index].line = line
            guard ISODate(waiver.expires) != nil else {
                throw .invalidValue(
                    file: source, line: line,
                    reason: "waivers[\(index)].expires must be an ISO date such as 2027-06-30, not '\(waiver.expires)'")
            }
            for (key, value) in [
                ("ruleId", waiver.ruleId), ("reason", waiver.reason), ("approvedBy", waiver.approvedBy),
            ] where value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw .invalidValue(file: source, line: line, reason: "waivers[\(index)].\(key) must not be empty")
            }
        }
        return file
    }

    /// Every waiver must name a rule of `policies` (or a process rule a waiver may accept).
    public static func checkRules(of file: WaiverFile, source: String, policies: PolicySet) throws(PolicyError) {
        for (index, waiver) in file.waivers.enumerated() {
            try RuleReferenceCheck.check(
                waiver.ruleId, key: "waivers[\(index)].ruleId", file: source, line: waiver.line, policies: policies)
        }
    }
}

/// A calendar date as `YYYY-MM-DD`, comparable.
public struct ISODate: Comparable, Sendable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Today's date in UTC, from the system clock's broken-down UTC time (every check asks, so
    /// not through a `Calendar`, which loads the time-zone and calendar data first).
    public static var today: ISODate {
        var now = time(nil)
        var utc = tm()
        gmtime_r(&now, &utc)
        return ISODate(year: Int(utc.tm_year) + 1900, month: Int(utc.tm_mon) + 1, day: Int(utc.tm_mday))
    }

    private init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (lhs: ISODate, rhs: ISODate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
