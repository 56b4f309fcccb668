@_exported import ArchiveIO
@_exported import BundleInspection
@_exported import BundleModel
@_exported import Reporting

/// The library façade: what the `clearance` command does, callable from other tools.
public enum Clearance {
    /// The tool's version, as reports carry it.
    public static let version = "0.1.0"

    /// The tool as reports name it.
    public static var tool: ToolInfo { ToolInfo(version: version) }

    /// Reads a bundle and describes everything in it.
    public static func inspect(path: String, options: InspectionOptions = InspectionOptions()) throws -> Manifest {
        try BundleInspector(options: options).inspect(path: path)
    }
}
