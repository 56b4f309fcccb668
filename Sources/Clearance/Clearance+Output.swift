import ArchiveIO
import BundleModel
import PolicyEngine
import Reporting

/// What the command writes: reports in each format, inspection listings and JSON documents.
extension Clearance {
    /// Writes the report of `result` in `format` to `sink`. The JSON report lists every artifact:
    /// it is written piece by piece, so that a listing of 100,000 artifacts never exists as one
    /// string; the other formats are written whole.
    ///
    /// - Parameter request: the request that produced `result` (its gate, facts and waivers file).
    public static func writeReport(
        _ result: CheckResult, of request: CheckRequest, format: ReportFormat, options: ReportOptions,
        to sink: (String) throws -> Void
    ) throws {
        if format == .json {
            var frame = result.report
            frame.artifacts = []
            return try JSONOutput.write(frame, artifacts: result.report.artifacts, to: sink)
        }
        var input = result.reportInput(for: request, date: options.date)
        input.rulePageTemplate = options.rulePageTemplate
        try sink(try options.reporter(format).render(input))
    }

    /// The report of `result` in `format` as one string.
    public static func report(
        _ result: CheckResult, of request: CheckRequest, format: ReportFormat, options: ReportOptions
    ) throws -> String {
        var text = ""
        try writeReport(result, of: request, format: format, options: options) { text += $0 }
        return text
    }

    /// Writes the text listing of `clearance inspect` to `sink` piece by piece, so a listing of
    /// 100,000 artifacts never exists as one string.
    public static func writeInspectionText(_ manifest: Manifest, to sink: (String) throws -> Void) throws {
        try InspectionTextRenderer.write(manifest, to: sink)
    }

    /// Writes the JSON document of `clearance inspect --format json` to `sink`, its artifacts
    /// piece by piece.
    public static func writeInspectionJSON(_ manifest: Manifest, to sink: (String) throws -> Void) throws {
        var frame = manifest
        frame.artifacts = []
        try JSONOutput.write(InspectionDocument(manifest: frame, tool: tool), artifacts: manifest.artifacts, to: sink)
    }

    /// `value` as JSON, keys sorted, as clearance writes every JSON document.
    public static func json(_ value: some Encodable) throws -> String {
        try JSONOutput.string(value)
    }

    /// `value` as one line of JSON, keys sorted: a line of `check --batch`.
    public static func jsonLine(_ value: some Encodable) throws -> String {
        try JSONLines.line(value)
    }

    /// `text` with its control and bidirectional characters shown as escapes, for a terminal: a
    /// name from a bundle can hold anything.
    public static func printable(_ text: String) -> String {
        CheckTextRenderer.printable(text)
    }

    /// The one line an error is shown as. An `ArchiveIOError` is one line that may quote a name
    /// from the bundle, line breaks included: it is kept whole (`printable` escapes them). Other
    /// errors (a parser's, Foundation's) can run over lines: their first says what failed.
    public static func line(describing error: any Error) -> String {
        if error is ArchiveIOError { return String(describing: error) }
        return String(describing: error).split(separator: "\n").first.map(String.init) ?? "failed"
    }

    /// The progress line of a check: `clearance: reading release.tar.gz — 1.20 GiB of 4.00 GiB
    /// (30%), 140 MiB/s — model.safetensors`, after `seconds` of reading.
    public static func progressLine(_ snapshot: ReadProgress.Snapshot, bundle: String, seconds: Double) -> String {
        var amount = ByteCount.format(snapshot.bytes)
        if snapshot.totalBytes > 0 {
            let percent = Int(Double(snapshot.bytes) / Double(snapshot.totalBytes) * 100)
            amount += " of \(ByteCount.format(snapshot.totalBytes)) (\(percent)%)"
        } else {
            amount = Plural.of(snapshot.entries, "file") + ", " + amount
        }
        let rate = ByteCount.format(UInt64(Double(snapshot.bytes) / seconds)) + "/s"
        let entry = snapshot.currentEntry.isEmpty ? "" : " — " + printable(snapshot.currentEntry)
        let name = bundle.split(separator: "/").last.map(String.init) ?? bundle
        return "clearance: reading \(printable(name)) — \(amount), \(rate)\(entry)"
    }

    /// The nearest of `candidates` to a mistyped `name`, if one is near enough to suggest.
    public static func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
        NearestName.suggestion(for: name, among: candidates)
    }
}
