import Foundation
import PackagePlugin

/// Compiles the package's `policies/` folder into the target it is applied to (BuiltinPolicies):
/// `PolicyCompiler` reads every pack, the registry and the fingerprints with clearance's strict
/// loader and writes them as Swift source, so the binary carries its policies and a malformed
/// pack fails the build with its file and line.
@main struct CompilePolicies: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let policies = context.package.directoryURL.appending(path: "policies")
        let output = context.pluginWorkDirectoryURL.appending(path: "CompiledPolicies.swift")
        return [
            .buildCommand(
                displayName: "Compiling policies/ into \(target.name)",
                executable: try context.tool(named: "PolicyCompiler").url,
                arguments: [policies.path, output.path],
                inputFiles: Self.inputs(under: policies),
                outputFiles: [output]
            )
        ]
    }

    /// Every file and folder under `policies/`: a file added, removed or changed reruns the tool.
    private static func inputs(under folder: URL) -> [URL] {
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey]
        let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys)?.compactMap {
            $0 as? URL
        }
        return [folder] + (found ?? []).sorted { $0.path < $1.path }
    }
}
