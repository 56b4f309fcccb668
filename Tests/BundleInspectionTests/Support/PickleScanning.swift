import BundleModel

@testable import BundleInspection

/// Scans bytes with the pickle scanner.
enum PickleScanning {
    static func scan(_ bytes: [UInt8], limits: PickleScanLimits = PickleScanLimits()) throws -> PickleScanOutcome {
        try EntryHarness.withEntry(bytes) { entry in
            try PickleScanner(limits: limits).scan(entry.content, declaredSize: entry.header.declaredSize)
        }
    }

    /// `module.name` of every global, in order.
    static func names(_ outcome: PickleScanOutcome) -> [String] {
        outcome.globals.map(\.qualifiedName)
    }
}
