import Foundation
import PolicyEngine

// Compiles the policies folder into Swift source for the BuiltinPolicies module:
// `PolicyCompiler <policies folder> <output.swift>`. The build runs it (Plugins/CompilePolicies);
// a pack the strict loader rejects fails the build with the file, the line and the cause.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: PolicyCompiler <policies folder> <output.swift>\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path
let output = URL(fileURLWithPath: arguments[2])
do {
    let source = CompiledPolicySource.render(try PolicyCompilation.compile(PolicySet.load(directory: folder)))
    if (try? String(contentsOf: output, encoding: .utf8)) != source {
        try source.write(to: output, atomically: true, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
