@_exported import ArchiveIO
@_exported import BundleInspection
@_exported import BundleModel
@_exported import PolicyEngine
@_exported import Reporting
import HubAccess

/// The library façade: what the `clearance` command does, callable from other tools.
public enum Clearance {
    /// The tool's version, as reports carry it.
    public static let version = "0.1.0"

    /// The tool as reports name it.
    public static var tool: ToolInfo { ToolInfo(version: version) }

    /// Reads a bundle and describes everything in it.
    public static func inspect(path: String, options: InspectionOptions = InspectionOptions()) throws -> Manifest {
        if let reference = try HubReference(parsing: path) { return try HubInspection.inspect(reference, path: path, options: options) }
        return try BundleInspector(options: options).inspect(path: path)
    }

    /// Loads the policies: the built-in packs, or those in `directory`.
    public static func policies(directory: String?) throws -> PolicySet {
        if let directory { return try PolicySet.load(directory: directory) }
        return try PolicySet.builtin()
    }

    /// Checks a bundle against the obligations of its upstream licenses.
    ///
    /// - Throws: `PolicyError` for unreadable policies or facts, `ArchiveIOError` for an
    ///   unreadable bundle: the "could not do its job" cases of exit status 2.
    public static func check(_ request: CheckRequest) throws -> CheckResult {
        try Checker(request: request).check(bundlePath: request.bundlePath)
    }
}
