import BundleModel
import Foundation
import Reporting

extension CheckResult {
    /// What the reporters need to write this result, for the request that produced it.
    ///
    /// - Parameter date: when the report is made; the checklist prints it.
    public func reportInput(for request: CheckRequest, date: Date) -> ReportInput {
        ReportInput(
            report: report,
            policies: policies,
            lineage: lineage,
            facts: facts,
            failOn: request.failOn,
            date: date,
            bundleDirectory: bundleDirectory,
            waiversFile: request.waiversFile,
            card: manifest.card,
            relation: manifest.relation
        )
    }

    /// The absolute path of the bundle root, for a directory (with its single top folder, if the
    /// inspector took one as the root).
    var bundleDirectory: String? {
        guard manifest.subject.format == .directory else { return nil }
        var url = URL(fileURLWithPath: manifest.subject.path).standardizedFileURL
        if let root = manifest.root { url.appendPathComponent(root) }
        return url.path
    }
}
