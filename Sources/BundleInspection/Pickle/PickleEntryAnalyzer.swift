import ArchiveIO
import BundleModel

/// Scans an entry classified as a pickle and records its globals and defects.
enum PickleEntryAnalyzer {
    static func analyze(_ entry: BundleEntry, limits: PickleScanLimits = PickleScanLimits()) throws -> EntryAnalysis {
        let outcome = try PickleScanner(limits: limits).scan(entry.content, declaredSize: entry.header.declaredSize)
        var analysis = EntryAnalysis()
        analysis.metadata.pickle = outcome.scan
        analysis.defects = PickleScanDefects.defects(for: outcome, path: entry.path)
        return analysis
    }
}
