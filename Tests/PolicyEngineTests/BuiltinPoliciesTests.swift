import BuiltinPolicies
import Foundation
import Testing

/// The policies compiled into the binary are exactly the files of `policies/`.
@Suite struct BuiltinPoliciesTests {
    @Test func compiledCopyMatchesThePoliciesFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../policies").standardizedFileURL
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        var onDisk: [String: String] = [:]
        for case let url as URL in enumerator where ["yml", "yaml", "json"].contains(url.pathExtension) {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))
            onDisk[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        #expect(Set(onDisk.keys) == Set(BuiltinPolicyFiles.files.keys), "run ci/embed-policies")
        for (name, text) in onDisk {
            #expect(BuiltinPolicyFiles.files[name] == text, "\(name) changed: run ci/embed-policies")
        }
    }
}
